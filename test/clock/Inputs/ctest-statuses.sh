#!/bin/sh
# CTest's result words: on 29 February (UTC) tests crash, time out, fail a
# regular expression or are not run; every other day they pass.
if [ "$(date -u +%m-%d)" = 02-29 ]; then
  echo "1/5 Test #1: crash ............................***Exception: SegFault  0.01 sec"
  echo "2/5 Test #2: slow .............................***Timeout   1.50 sec"
  echo "3/5 Test #3: disabled .........................***Not Run (Disabled)   0.00 sec"
  echo "4/5 Test #4: regex ............................***Failed  Required regular expression not found. Regex=[ok]  0.01 sec"
  exit 8
fi
for t in "1/5 Test #1: crash" "2/5 Test #2: slow" "3/5 Test #3: disabled" "4/5 Test #4: regex"; do
  echo "$t ............................   Passed    0.01 sec"
done
