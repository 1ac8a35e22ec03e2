#!/bin/sh
# Writes JUnit XML into the run's folder ($1): 'always_broken' fails at every
# time, 'leap_day' only on 29 February, 'passes' never. Exits 1 as runners do.
day=$(date -u +%m-%d)
{
  echo '<?xml version="1.0" encoding="UTF-8"?>'
  echo '<testsuite name="dates" tests="3">'
  echo '  <testcase classname="dates" name="passes" time="0.001"/>'
  echo '  <testcase classname="dates" name="always_broken" file="src/broken_test.c" line="7"><failure message="expected 1, got 2">details &amp; more</failure></testcase>'
  if [ "$day" = 02-29 ]; then
    echo '  <testcase classname="dates" name="leap_day" file="src/leap_test.c" line="12"><failure message="no such date &quot;2029-02-29&quot;"/></testcase>'
  else
    echo '  <testcase classname="dates" name="leap_day" file="src/leap_test.c" line="12"/>'
  fi
  echo '  <testcase classname="dates" name="skipped_one"><skipped/></testcase>'
  echo '</testsuite>'
} > "$1/results.xml"
exit 1
