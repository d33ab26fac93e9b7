#!/usr/bin/env python3
"""Recording speed of the CPython engine as a ratio against the built-in engine.

Records each program with `memstep-trace --engine builtin` and `--engine cpython` (the JSON
trace, to /dev/null; the same step limit on both sides, no time limit) and prints one row per
program: each side's median time, and the ratio cpython / builtin (how many times slower the
CPython engine records). The time is the CPU time of the whole process tree (user + system, of
memstep-trace and the python3 it starts, from wait4's children rusage), steady on a shared
machine; --clock wall measures elapsed time instead.

Usage: python3 bench/engine_ratio.py [--build DIR] [--reps N] [--clock cpu|wall] [--json FILE]
       [PROGRAM.py ...]   (default: bench/programs/record_10k.py and record_100k.py)
"""

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DEFAULT_PROGRAMS = ["record_10k.py", "record_100k.py"]
# Above every default program's steps, so both engines record the whole run.
MAX_STEPS = "10000000"


def find_build(requested):
    for build in ([requested] if requested else ["build-release", "build-bench", "build"]):
        path = os.path.join(ROOT, build, "bin", "memstep-trace")
        if os.path.exists(path):
            return path
    sys.exit("memstep-trace not found; build it first (cmake --build --preset release)")


def timed(argv, clock):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    with open(os.devnull, "wb") as null:
        proc = subprocess.run(argv, stdout=null, stderr=subprocess.PIPE, timeout=1800)
    wall = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        sys.exit("%s failed: %s" % (" ".join(argv), proc.stderr.decode()[-500:]))
    if clock == "wall":
        return wall
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", help="build folder (default: build-release, build-bench, build)")
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--clock", choices=("cpu", "wall"), default="cpu")
    parser.add_argument("--json", help="write the figures to this file too")
    parser.add_argument("programs", nargs="*")
    args = parser.parse_args()
    memstep = find_build(args.build)
    programs = args.programs or [os.path.join(HERE, "programs", p) for p in DEFAULT_PROGRAMS]
    rows = []
    print("%-20s %12s %12s %8s" % ("program", "builtin s", "cpython s", "ratio"))
    for program in programs:
        figures = {}
        for engine in ("builtin", "cpython"):
            argv = [memstep, "--engine", engine, "--max-steps", MAX_STEPS, "--max-seconds", "0",
                    "--max-json-mb", "100000", program]
            figures[engine] = statistics.median(timed(argv, args.clock)
                                                for _ in range(args.reps))
        ratio = figures["cpython"] / figures["builtin"] if figures["builtin"] else float("inf")
        name = os.path.basename(program)
        rows.append({"program": name, "builtin_s": figures["builtin"],
                     "cpython_s": figures["cpython"], "ratio": ratio, "clock": args.clock})
        print("%-20s %12.3f %12.3f %7.1fx" % (name, figures["builtin"], figures["cpython"], ratio),
              flush=True)
    if args.json:
        with open(args.json, "w") as f:
            json.dump(rows, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
