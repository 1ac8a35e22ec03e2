"""still_running.py PIDFILE ARGS: 'alive' if the process in PIDFILE still runs
with command line ARGS, else 'gone'."""
import sys

pid = open(sys.argv[1]).read().strip()
try:
    cmdline = open(f"/proc/{pid}/cmdline", "rb").read().split(b"\0")[:-1]
except OSError:
    cmdline = []
print("alive" if [a.decode() for a in cmdline] == sys.argv[2:] else "gone")
