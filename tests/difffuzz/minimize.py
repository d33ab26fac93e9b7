#!/usr/bin/env python3
"""Shrinks a program compare.py fails on to a small one that fails the same way.

Removes lines (a line that opens a block takes its whole block with it) as long as the
smaller program still compiles under python3, still runs there without a new kind of error,
and compare.py still reports the same first difference (its report with step numbers, object
ids and all numbers masked). Repeats until no single removal keeps the failure, then prints
the program (or writes it to --out).

Usage: minimize.py --memstep CMD PROGRAM.py [--out SMALL.py]
"""

import argparse
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
COMPARE = os.path.join(HERE, "..", "cpython", "compare.py")
# Numbers (steps, lines, counts) and object ids change while the program shrinks; the bug
# does not.
MASKS = [(re.compile(r"\b[mo]\d+\b"), "ID"), (re.compile(r"\d+"), "N")]


def signature(report):
    """The kind of the first difference: the report's first three lines (where, then for a
    step only one side has, each side's error: CPython's must not change), numbers masked."""
    lines = []
    for line in report.strip().splitlines()[1:4]:
        for pattern, replacement in MASKS:
            line = pattern.sub(replacement, line)
        lines.append(line[:120])
    return " | ".join(lines)


class Checker:
    def __init__(self, memstep, workdir):
        self.memstep = memstep
        self.path = os.path.join(workdir, "candidate.py")
        self.runs = 0

    def report(self, text):
        with open(self.path, "w", encoding="utf-8") as f:
            f.write(text)
        self.runs += 1
        try:
            compile(text, self.path, "exec", dont_inherit=True)
        except SyntaxError:
            return None
        proc = subprocess.run([sys.executable, COMPARE, "--memstep", self.memstep, self.path],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                              timeout=600)
        return proc.stdout if proc.returncode == 1 else None


def block_end(lines, i):
    """The index after line i's block (just i + 1 for a line that opens none)."""
    if not lines[i].rstrip().endswith(":"):
        return i + 1
    indent = len(lines[i]) - len(lines[i].lstrip())
    j = i + 1
    while j < len(lines) and (not lines[j].strip() or
                              len(lines[j]) - len(lines[j].lstrip()) > indent):
        j += 1
    return j


def shrink(lines, still_fails):
    changed = True
    while changed:
        changed = False
        i = len(lines) - 1
        while i >= 0:
            end = block_end(lines, i)
            candidate = lines[:i] + lines[end:]
            if candidate and still_fails(candidate):
                lines = candidate
                changed = True
            i = min(i, len(lines)) - 1
    return lines


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--memstep", required=True, help="memstep-trace command line")
    parser.add_argument("--out", help="where to write the small program (default: stdout)")
    parser.add_argument("program")
    args = parser.parse_args()
    with open(args.program, encoding="utf-8") as f:
        lines = f.read().splitlines()
    with tempfile.TemporaryDirectory(prefix="difffuzz-min-") as workdir:
        checker = Checker(args.memstep, workdir)
        first = checker.report("\n".join(lines) + "\n")
        if first is None:
            print("compare.py does not fail on %s: nothing to minimise" % args.program)
            return 2
        wanted = signature(first)
        print("minimising for: %s" % wanted, file=sys.stderr)

        def still_fails(candidate):
            got = checker.report("\n".join(candidate) + "\n")
            return got is not None and signature(got) == wanted

        small = shrink(lines, still_fails)
        text = "\n".join(small) + "\n"
        final = checker.report(text)
        print("%d lines -> %d lines in %d runs of compare.py\n%s"
              % (len(lines), len(small), checker.runs, final.strip()), file=sys.stderr)
    if args.out:
        with open(args.out, "w", encoding="utf-8") as f:
            f.write(text)
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
