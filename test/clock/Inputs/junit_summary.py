"""Parses JUnit XML (it must be well-formed) and prints suites and cases."""
import sys
import xml.etree.ElementTree as ET

root = ET.parse(sys.argv[1]).getroot()
for suite in root.iter("testsuite"):
    print("SUITE", suite.get("name"), f'tests={suite.get("tests")}', f'failures={suite.get("failures")}')
    for case in suite.iter("testcase"):
        failure = case.find("failure")
        print("CASE", case.get("name"), "pass" if failure is None else "FAIL " + failure.get("message"))
