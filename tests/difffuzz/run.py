#!/usr/bin/env python3
"""Differential fuzzing: generated programs, each compared with python3 at every step.

Generates the programs (seed, start) ... (seed, start + count - 1) with generate.py and runs
tests/cpython/compare.py on each (memstep-trace against reference_trace.py under CPython),
`--jobs` at a time. Prints one line per mismatch and a summary; a mismatching program is kept
in `--keep DIR` as seed<S>_<index>.py beside its compare.py report (.txt). Exits 1 when any
program mismatched. `--minutes` stops starting new programs after that long (a long run).

Usage: run.py --memstep CMD [--seed S] [--start I] [--count N] [--jobs J] [--keep DIR]
              [--minutes M]
"""

import argparse
import concurrent.futures
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
COMPARE = os.path.join(HERE, "..", "cpython", "compare.py")
sys.path.insert(0, HERE)
import generate  # noqa: E402


def check(memstep, seed, index, workdir):
    """compare.py's exit code and report for the program (seed, index)."""
    path = os.path.join(workdir, "seed%d_%d.py" % (seed, index))
    with open(path, "w", encoding="utf-8") as f:
        f.write(generate.generate(seed, index))
    proc = subprocess.run([sys.executable, COMPARE, "--memstep", memstep, path],
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    return index, path, proc.returncode, proc.stdout


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--memstep", required=True, help="memstep-trace command line")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--start", type=int, default=0)
    parser.add_argument("--count", type=int, default=130)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--keep", help="directory for mismatching programs and their reports")
    parser.add_argument("--minutes", type=float, default=0,
                        help="stop starting programs after this long (0: no limit)")
    args = parser.parse_args()

    deadline = time.monotonic() + args.minutes * 60 if args.minutes else None
    failures, tried = [], 0
    began = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="difffuzz-") as workdir, \
            concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        indices = iter(range(args.start, args.start + args.count))
        running = set()
        while True:
            while len(running) < args.jobs and (deadline is None or time.monotonic() < deadline):
                index = next(indices, None)
                if index is None:
                    break
                running.add(pool.submit(check, args.memstep, args.seed, index, workdir))
            if not running:
                break
            done, running = concurrent.futures.wait(
                running, return_when=concurrent.futures.FIRST_COMPLETED)
            for future in done:
                index, path, code, report = future.result()
                tried += 1
                if code == 0:
                    continue
                failures.append(index)
                lines = report.strip().splitlines()
                print("MISMATCH seed %d index %d: %s" % (args.seed, index,
                                                          " | ".join(lines[1:4])[:400]))
                if args.keep:
                    os.makedirs(args.keep, exist_ok=True)
                    base = os.path.join(args.keep, os.path.basename(path)[:-3])
                    with open(path, encoding="utf-8") as src, \
                            open(base + ".py", "w", encoding="utf-8") as dst:
                        dst.write(src.read())
                    with open(base + ".txt", "w", encoding="utf-8") as dst:
                        dst.write(report)
                sys.stdout.flush()
    print("difffuzz: seed %d, %d programs from index %d in %.0f s, %d mismatched%s"
          % (args.seed, tried, args.start, time.monotonic() - began, len(failures),
             (": indices " + " ".join(map(str, sorted(failures)))) if failures else ""))
    print("reproduce one: python3 %s --seed %d INDEX > p.py && python3 %s --memstep CMD p.py"
          % (os.path.join(HERE, "generate.py"), args.seed, os.path.normpath(COMPARE)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
