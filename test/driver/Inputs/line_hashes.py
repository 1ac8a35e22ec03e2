#!/usr/bin/env python3
"""line_hashes.py FILE: GitHub's primaryLocationLineHash of every line of FILE.

An independent Python reimplementation of hash() in github/codeql-action
src/fingerprints.ts, printed like `premortem --debug-line-hashes FILE`
("LINE: HASH:COUNT"), so the two can be compared with diff. The file is
decoded like Node's 'utf8' stream (invalid bytes become U+FFFD) into UTF-16
code units; the rolling hash is 64-bit wrapping arithmetic.
"""
import sys

MASK = (1 << 64) - 1
BLOCK_SIZE = 100
MOD = 37
EOF_CHAR = 65535


def utf16_units(data):
    text = data.decode("utf-8", errors="replace").encode("utf-16-le")
    return [int.from_bytes(text[i:i + 2], "little") for i in range(0, len(text), 2)]


def line_hashes(data):
    first_mod = pow(MOD, BLOCK_SIZE, 1 << 64)
    window = [0] * BLOCK_SIZE
    line_numbers = [-1] * BLOCK_SIZE
    state = {"hash": 0, "index": 0, "line": 0, "line_start": True, "prev_cr": False}
    counts, out = {}, {}

    def output_hash():
        value = format(state["hash"], "x")
        counts[value] = counts.get(value, 0) + 1
        out[line_numbers[state["index"]]] = f"{value}:{counts[value]}"
        line_numbers[state["index"]] = -1

    def update_hash(c):
        i = state["index"]
        begin, window[i] = window[i], c
        state["hash"] = (MOD * state["hash"] + c - first_mod * begin) & MASK
        state["index"] = (i + 1) % BLOCK_SIZE

    def process(c):
        if c in (0x20, 0x09) or (state["prev_cr"] and c == 0x0A):
            state["prev_cr"] = False
            return
        if c == 0x0D:
            c, state["prev_cr"] = 0x0A, True
        else:
            state["prev_cr"] = False
        if line_numbers[state["index"]] != -1:
            output_hash()
        if state["line_start"]:
            state["line_start"] = False
            state["line"] += 1
            line_numbers[state["index"]] = state["line"]
        if c == 0x0A:
            state["line_start"] = True
        update_hash(c)

    for unit in utf16_units(data):
        process(unit)
    process(EOF_CHAR)
    for _ in range(BLOCK_SIZE):
        if line_numbers[state["index"]] != -1:
            output_hash()
        update_hash(0)
    return out


if __name__ == "__main__":
    with open(sys.argv[1], "rb") as f:
        hashes = line_hashes(f.read())
    for line in sorted(hashes):
        print(f"{line}: {hashes[line]}")
