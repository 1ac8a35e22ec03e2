#!/bin/sh
# Prints the time the test command sees, as UTC and on its wall clock.
echo "utc=$(date -u +%Y-%m-%dT%H:%M:%SZ) local=$(date +%Y-%m-%dT%H:%M:%S%z) zone=$(date +%Z) instant=$PREMORTEM_CLOCK_INSTANT"
