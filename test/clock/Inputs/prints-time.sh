#!/bin/sh
# Prints the time the test command sees: seconds since 1970 and its wall clock.
# (Not `date -u`: a program that sets TZ itself sees a frozen libfaketime clock
# shifted by its zone's daylight saving offset; docs/clock.md.)
echo "epoch=$(date +%s) local=$(date +%Y-%m-%dT%H:%M:%S%z) zone=$(date +%Z) instant=$PREMORTEM_CLOCK_INSTANT"
