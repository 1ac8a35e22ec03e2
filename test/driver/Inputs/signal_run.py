#!/usr/bin/env python3
"""signal_run.py [--ignore SIG]... --send SIG FIFO OUTDIR -- PREMORTEM ARGS...

Runs premortem on a translation unit that includes FIFO (so its worker waits
for a writer), with the --ignore'd signals ignored as nohup would leave them.
Once the worker has opened the FIFO, sends SIG to premortem, then feeds the
FIFO an empty header so an ignored signal lets the run finish. Prints
premortem's exit code, whether a worker still has the FIFO open, and the
files left in OUTDIR.
"""
import errno
import os
import signal
import subprocess
import sys
import time

args = sys.argv[1:]
ignore = []
while args[0] == "--ignore":
    ignore.append(getattr(signal, args[1]))
    args = args[2:]
assert args[0] == "--send"
send, fifo, outdir = getattr(signal, args[1]), args[2], args[3]
command = args[args.index("--") + 1:]


def ignore_signals():
    # Exactly the --ignore'd ones: a test runner may itself ignore SIGINT.
    for s in (signal.SIGHUP, signal.SIGINT, signal.SIGTERM):
        signal.signal(s, signal.SIG_IGN if s in ignore else signal.SIG_DFL)


def open_writer():
    """A write end of the FIFO, or None while nothing reads it."""
    try:
        return os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
    except OSError as e:
        if e.errno == errno.ENXIO:
            return None
        raise


proc = subprocess.Popen(command, preexec_fn=ignore_signals)
writer = None
for _ in range(6000):  # the worker opens the FIFO once the TU is being parsed
    writer = open_writer()
    if writer is not None or proc.poll() is not None:
        break
    time.sleep(0.01)
if writer is None:
    sys.exit(f"signal_run: the worker never opened {fifo} (exit {proc.poll()})")
proc.send_signal(send)
time.sleep(0.5)  # give a handled signal time to act before the header arrives
os.close(writer)  # end of file: an empty header
code = proc.wait(timeout=600)
time.sleep(0.2)
reader_left = open_writer() is not None
print(f"exit={code}")
print(f"worker-left={reader_left}")
print("files=" + " ".join(sorted(os.listdir(outdir))))
