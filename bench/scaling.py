#!/usr/bin/env python3
"""How recording cost grows with the size of a data structure: each program of
bench/programs/scaling/ is recorded with `memstep-trace --stats` at n and 4n nodes, next to
python3 running it, and the table says how much the time grew from n to 4n.

    python3 bench/scaling.py [--build DIR] [--n 5000] [--reps 3] [--json FILE]

Targets (issue "Recording and stepping cost must follow the work"): from n to 4n the recording
time grows by at most 5x (linear work grows 4x, quadratic 16x), and 20,000 nodes record in
under 1 s. Times are CPU seconds of the whole process (user + system, from wait4), the median
of --reps runs; memory is the process's peak resident set. See bench/README.md.
"""

import argparse
import json
import re
import sys
import tempfile
from pathlib import Path

from run import Child, find_build, median

HERE = Path(__file__).resolve().parent
SCALING = HERE / "programs" / "scaling"
GROWTH_TARGET = 5.0
SECONDS_20K = 1.0
MB = 1024 * 1024
# Recording must not stop at the window's default limits: these programs take up to a few
# hundred thousand steps at 4n.
UNLIMITED = ["--max-steps", "100000000", "--max-seconds", "3600", "--max-heap-mb", "8192"]


def sized(program, n, folder):
    """A copy of `program` whose `n = ...` line says n."""
    text = program.read_text()
    text, count = re.subn(r"^n = \d+$", "n = %d" % n, text, count=1, flags=re.M)
    if count != 1:
        sys.exit("%s: no 'n = NUMBER' line" % program)
    path = Path(folder) / ("%s_%d.py" % (program.stem, n))
    path.write_text(text)
    return path


def measure(argv, reps):
    runs = []
    for _ in range(reps):
        child = Child(argv, timeout=1800)
        if child.returncode != 0:
            return None, child
        runs.append(child)
    return (median([c.cpu_seconds for c in runs]), max(c.peak_rss for c in runs)), runs[-1]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", help="build directory with bin/ (default: build-release/)")
    parser.add_argument("--n", type=int, default=5000, help="the smaller size (default 5000)")
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--only", action="append", help="just these programs (by stem)")
    parser.add_argument("--trace", help="the memstep-trace to measure (default: BUILD/bin/memstep-trace), "
                                        "e.g. an older build for a before/after table")
    parser.add_argument("--json", help="also write every figure to this file")
    args = parser.parse_args()
    trace = Path(args.trace) if args.trace else find_build(args.build) / "bin" / "memstep-trace"
    if not trace.exists():
        sys.exit("no %s: build it first (see bench/README.md)" % trace)
    programs = sorted(SCALING.glob("*.py"))
    if args.only:
        programs = [p for p in programs if p.stem in args.only]
    sizes = [args.n, 4 * args.n]
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for program in programs:
            row = {"program": program.stem}
            for n in sizes:
                path = sized(program, n, folder)
                print("%s n=%d ..." % (program.stem, n), file=sys.stderr, flush=True)
                py, py_child = measure([sys.executable, "-S", str(path)], args.reps)
                ms, ms_child = measure([str(trace), "--stats"] + UNLIMITED + [str(path)], args.reps)
                if py is None or ms is None:
                    failed = py_child if py is None else ms_child
                    row[n] = {"error": (failed.stderr.strip() or failed.stdout.strip())[-300:]}
                    continue
                steps = re.search(r"steps: (\d+)", ms_child.stdout)
                row[n] = {"python3_s": py[0], "memstep_s": ms[0], "memstep_peak_mb": ms[1] / MB,
                          "steps": int(steps.group(1)) if steps else None}
            rows.append(row)

    header = "%-24s %7s %9s %10s %10s %9s %8s  %s" % (
        "program", "n", "steps", "python3", "memstep", "peak MB", "growth", "target")
    print(header)
    print("-" * len(header))
    all_ok = True
    for row in rows:
        small, big = row.get(sizes[0], {}), row.get(sizes[1], {})
        for n in sizes:
            figures = row.get(n, {})
            if "error" in figures:
                print("%-24s %7d  error: %s" % (row["program"], n, figures["error"]))
                all_ok = False
                continue
            growth, verdict = "", ""
            if n == sizes[1] and "memstep_s" in small:
                ratio = figures["memstep_s"] / max(small["memstep_s"], 1e-9)
                ok = ratio <= GROWTH_TARGET and (n < 20000 or figures["memstep_s"] < SECONDS_20K)
                all_ok &= ok
                growth = "%.1fx" % ratio
                verdict = "<= %.0fx%s: %s" % (GROWTH_TARGET, ", < 1 s" if n >= 20000 else "",
                                               "ok" if ok else "MISSED")
            print("%-24s %7d %9s %9.3fs %9.3fs %9.1f %8s  %s" % (
                row["program"], n, figures["steps"], figures["python3_s"], figures["memstep_s"],
                figures["memstep_peak_mb"], growth, verdict))
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1) + "\n")
    return 0 if all_ok else 1


if __name__ == "__main__":
    sys.exit(main())
