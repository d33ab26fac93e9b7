#!/usr/bin/env python3
"""The "Did you mean" hint of `memstep-trace --run` against python3's.

Usage: check_suggestions.py MEMSTEP_TRACE PROGRAM.py

Runs the program under python3 and under `memstep-trace --run` and compares the exit code and
the last line of stderr, where CPython 3.11 prints "NameError: name 'x' is not defined. Did you
mean: 'y'?". Nothing expected is written down: python3 is the reference. Exits 1 on a
difference.
"""

import subprocess
import sys

TIMEOUT_SECONDS = 60


def last_line(text):
    lines = text.strip().splitlines()
    return lines[-1] if lines else ""


def main():
    memstep, program = sys.argv[1], sys.argv[2]
    ref = subprocess.run([sys.executable, program], capture_output=True, text=True,
                         timeout=TIMEOUT_SECONDS)
    got = subprocess.run([memstep, "--run", program], capture_output=True, text=True,
                         timeout=TIMEOUT_SECONDS)
    problems = []
    if ref.returncode != got.returncode:
        problems.append("exit code: python3 %d, memstep %d" % (ref.returncode, got.returncode))
    if last_line(ref.stderr) != last_line(got.stderr):
        problems.append("last line of stderr:\n  python3: %s\n  memstep: %s"
                        % (last_line(ref.stderr), last_line(got.stderr)))
    if ref.stdout != got.stdout:
        problems.append("stdout differs:\n  python3: %r\n  memstep: %r" % (ref.stdout, got.stdout))
    if problems:
        print("FAIL %s\n%s" % (program, "\n".join(problems)))
        return 1
    print("ok %s: %s" % (program, last_line(ref.stderr)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
