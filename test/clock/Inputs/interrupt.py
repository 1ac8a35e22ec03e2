"""interrupt.py PIDFILE DRIVER ARGS...: starts DRIVER ARGS (a premortem clock
run whose instant hangs and writes its helper's pid to PIDFILE), waits for the
helper, sends SIGINT to premortem only (as a terminal would to premortem
while its runs are process groups of their own), and prints how premortem
ended and whether the helper is still there."""
import os
import signal
import subprocess
import sys
import time

pidfile, cmd = sys.argv[1], sys.argv[2:]
# A shell's background job (make test &) inherits SIGINT ignored, and
# premortem keeps an inherited ignore; a terminal's Ctrl-C reaches a
# foreground process with the default disposition, so that is what the
# child gets.
proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
for _ in range(600):
    if os.path.exists(pidfile) and open(pidfile).read().strip():
        break
    time.sleep(0.1)
else:
    proc.kill()
    sys.exit("interrupt.py: the run never started its helper")
time.sleep(0.2)
proc.send_signal(signal.SIGINT)
rc = proc.wait(timeout=60)
print("premortem:", f"exit {rc}")
pid = open(pidfile).read().strip()
try:
    alive = open(f"/proc/{pid}/cmdline", "rb").read().split(b"\0")[:-1] == [b"sleep", b"987"]
except OSError:
    alive = False
print("helper:", "alive" if alive else "gone")
if alive:
    os.kill(int(pid), signal.SIGKILL)
