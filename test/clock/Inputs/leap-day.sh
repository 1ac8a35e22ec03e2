#!/bin/sh
# Fails only when the UTC date is 29 February.
if [ "$(date -u +%m-%d)" = 02-29 ]; then
  echo "FAIL: 29 February"
  exit 1
fi
echo ok
