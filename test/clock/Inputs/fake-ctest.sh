#!/bin/sh
# Prints what CTest prints: 'expiry' fails on 29 February, 'flaky' fails
# always, 'count' hangs on day 366 (the run times out in it).
echo "Test project /tmp/build"
echo "    Start 1: flaky"
echo "1/3 Test #1: flaky ............................***Failed    0.01 sec"
echo "    Start 2: expiry"
if [ "$(date -u +%m-%d)" = 02-29 ]; then
  echo "2/3 Test #2: expiry ...........................***Failed    0.01 sec"
else
  echo "2/3 Test #2: expiry ...........................   Passed    0.01 sec"
fi
echo "    Start 3: count"
if [ "$(date -u +%j)" = 366 ]; then
  while :; do sleep 1; done
fi
echo "3/3 Test #3: count ............................   Passed    0.01 sec"
echo
echo "67% tests passed, 1 tests failed out of 3"
exit 8
