#!/usr/bin/env python3
"""Print lit's xunit result as the plain closing line CI reads: 'N passed, N failed'."""
import sys
import xml.etree.ElementTree as ET

root = ET.parse(sys.argv[1]).getroot()
cases = root.iter("testcase")
passed = failed = skipped = 0
for c in cases:
    if c.find("failure") is not None or c.find("error") is not None:
        failed += 1
    elif c.find("skipped") is not None:
        skipped += 1
    else:
        passed += 1
print(f"lit: {passed} passed, {failed} failed, {skipped} skipped")
