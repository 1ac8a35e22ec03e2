#!/bin/sh
# On day 366: starts a helper 'sleep 987' in the background, writes its
# process id to $1, and never ends. Otherwise passes.
if [ "$(date -u +%j)" = 366 ]; then
  sleep 987 &
  echo $! > "$1"
  while :; do sleep 1; done
fi
echo ok
