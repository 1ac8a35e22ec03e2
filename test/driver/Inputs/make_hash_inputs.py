#!/usr/bin/env python3
"""make_hash_inputs.py DIR: files that exercise every branch of the line hash.

codeql-*.txt are the inputs of the "hash" test in github/codeql-action
src/fingerprints.test.ts (the expected values are in fingerprints.test);
stress.txt mixes long lines, blank and whitespace-only lines, CR, LF and CRLF,
repeated lines (counts above 1), multi-byte UTF-8 including surrogate pairs,
a BOM and invalid UTF-8.
"""
import os
import sys

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
files = {
    "codeql-empty.txt": b"",
    "codeql-lf.txt": b" a\nb\n  \t\tc\n d",
    "codeql-greetings-lf.txt": b" hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End",
    "codeql-greetings-cr.txt": b" hello; \t\nworld!!!\r\r\r  \t\tGreetings\r End",
    "codeql-greetings-crlf.txt": b" hello; \t\r\nworld!!!\r\n\r\n\r\n  \t\tGreetings\r\n End",
    "codeql-greetings-mixed.txt": b" hello; \t\nworld!!!\r\n\n\r  \t\tGreetings\r End",
    "codeql-greetings-indent.txt": b"    hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End",
}
stress = bytearray(b"\xef\xbb\xbf// BOM first\n")
for i in range(40):
    stress += b"  int v%d = %d; /* " % (i, i * i) + b"x" * (i * 7) + b" */\r\n"
    if i % 5 == 0:
        stress += b"\n\r\n \t \r"
    if i % 7 == 0:
        stress += "    s = \"été → 😀 𝔘\";\n".encode()
    if i % 9 == 0:
        stress += b"bad \xff\xfe \xc0\x80 \xed\xa0\x80 \xe2\x82A \xf0\x9f\x98\n"
    stress += b"same line\n"
stress += b"x = 1;\n" * 40  # identical windows: counts above 1
stress += b"no newline at the end"
files["stress.txt"] = bytes(stress)
for name, data in files.items():
    with open(os.path.join(out, name), "wb") as f:
        f.write(data)
