#!/usr/bin/env python3
"""fifo_reader.py FIFO COPY -- CMD...: make FIFO, read it into COPY while CMD
runs, and exit with CMD's exit code. Shows what a report written to a FIFO
(a process substitution, a pipe to an uploader) delivers."""
import os
import subprocess
import sys
import threading

fifo, copy = sys.argv[1], sys.argv[2]
command = sys.argv[sys.argv.index("--") + 1:]
os.mkfifo(fifo)


def read():
    with open(fifo, "rb") as src, open(copy, "wb") as dst:
        dst.write(src.read())


reader = threading.Thread(target=read, daemon=True)
reader.start()
code = subprocess.call(command)
if code != 2:  # a run that writes a report opens the FIFO, ending the read
    reader.join(timeout=600)
sys.exit(code)
