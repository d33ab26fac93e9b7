#!/usr/bin/env python3
"""How many of MicroPython's tests/basics memstep runs exactly as python3 does.

MicroPython's tests/basics (github:micropython/micropython) are small programs, one feature
each, that print what they check; those that python3 runs cleanly are a test suite of the
language nobody here wrote. Extract them from a snapshot of the repository (the `fetch` tool
of this workplace gives a git directory with no work tree):

    mkdir -p /tmp/mpy && cd /tmp/mpy
    git --git-dir=<mirror>/repo archive HEAD tests/basics | tar x

Each program is run with python3 in that folder; it is kept when it exits 0 within --timeout
seconds and prints the same thing twice (many tests need MicroPython's own modules, or end in
an error on purpose under CPython). Each kept program is then run with `memstep-trace --run`
and counts as the same when its stdout equals python3's and it exits 0; otherwise it is
Unsupported (the last line of stderr says what), timed out, or different. Prints the counts
and the commonest Unsupported reasons, and with --json every program's verdict.

    python3 bench/micropython_basics.py --memstep build-release/bin/memstep-trace \\
        --dir /tmp/mpy/tests/basics [--first 20] [--workers 1] [--json FILE]

A whole run is some 640 programs, each run three times: minutes of CPU. On a shared
machine try it on a few (--first N, or --only NAME...) first.
"""

import argparse
import collections
import concurrent.futures
import json
import os

from outside_programs import last_line, run


def verdict(path, memstep, timeout):
    """(kind, why) of one program: skipped, same, unsupported, timeout or differs."""
    folder = os.path.dirname(path)
    first = run(["python3", path], folder, timeout)
    if first[0] != 0 or run(["python3", path], folder, timeout)[1] != first[1]:
        return "skipped", ""
    ours = run([memstep, "--run", "--max-seconds", str(timeout), path], folder, timeout * 3)
    if ours[0] == 0 and ours[1] == first[1]:
        return "same", ""
    if ours[0] is None:
        return "timeout", ""
    why = last_line(ours[2])[:200]
    return ("unsupported" if "Unsupported" in why else "differs"), why


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--memstep", required=True, help="the memstep-trace executable")
    parser.add_argument("--dir", required=True, help="MicroPython's tests/basics, extracted")
    parser.add_argument("--first", type=int, help="only the first N programs by name")
    parser.add_argument("--only", action="append", default=[],
                        help="only this program (a file name in DIR); repeatable")
    parser.add_argument("--timeout", type=float, default=10.0)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--json", help="write every program's verdict here")
    args = parser.parse_args()
    memstep = os.path.abspath(args.memstep)
    names = sorted(n for n in os.listdir(args.dir) if n.endswith(".py"))
    if args.only:
        names = [n for n in names if n in args.only]
    if args.first is not None:
        names = names[:args.first]
    paths = [os.path.join(os.path.abspath(args.dir), n) for n in names]
    with concurrent.futures.ThreadPoolExecutor(args.workers) as pool:
        verdicts = dict(zip(names, pool.map(lambda p: verdict(p, memstep, args.timeout), paths)))
    counts = collections.Counter(kind for kind, _ in verdicts.values())
    print("%d programs, %d kept: %d same as python3, %d Unsupported, %d timed out, %d differ"
          % (len(names), len(names) - counts["skipped"], counts["same"], counts["unsupported"],
             counts["timeout"], counts["differs"]))
    reasons = collections.Counter(why.split(" (line")[0] for kind, why in verdicts.values()
                                  if kind == "unsupported")
    for why, count in reasons.most_common(10):
        print("  %4d  %s" % (count, why))
    for name, (kind, why) in verdicts.items():
        if kind in ("differs", "timeout"):
            print("  %s %s %s" % (kind, name, why))
    if args.json:
        with open(args.json, "w") as out:
            json.dump(verdicts, out, indent=0)


if __name__ == "__main__":
    main()
