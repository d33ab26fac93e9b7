#!/usr/bin/env python3
"""How readable memstep's diagrams are on programs nobody here wrote.

Exports every step of each program under a directory with `memstep --export-layout - --step all`
(the default view and --every-object) and judges each step with the properties of
tests/layout/check_layout.py: (a) no overlapping boxes, (b) no arrow through a box, (c) no two
arrows sharing a line, (d) arrowheads on their box's edge, (e) text big enough to read. Prints,
per view, the share of steps where each property holds and the programs with the most failing
steps; --json writes every program's figures.

A program counts when python3 runs it to the end (exit 0, in --python-timeout seconds) and
memstep draws at least one step of it. A program whose export outlives --timeout is judged on
the steps written by then, and listed as cut short: a slow export is a finding too.

    G=/work/.mirror/TheAlgorithms+Python/repo   # fetch github:TheAlgorithms/Python
    git --git-dir=$G ls-tree -r --name-only HEAD data_structures | grep '\.py$' | while read f; do
        mkdir -p "/tmp/algos/$(dirname "$f")"; git --git-dir=$G show "HEAD:$f" > "/tmp/algos/$f"; done
    python3 bench/outside_layout.py --memstep build/bin/memstep --dir /tmp/algos/data_structures

(`git archive` of that repository stops at a Git LFS file, hence one file at a time.)
"""

import argparse
import json
import os
import subprocess
import sys
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "layout"))
import check_layout  # noqa: E402  (the properties, judged the same way as the tests judge them)

VIEWS = {"default": [], "every-object": ["--every-object"]}


def runs_under_python(program, timeout):
    """Whether python3 runs program to a clean end (its own directory as the working one)."""
    try:
        done = subprocess.run([sys.executable, os.path.basename(program)], cwd=os.path.dirname(program),
                              capture_output=True, timeout=timeout, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return False
    return done.returncode == 0


def judge_view(memstep, program, flags, timeout):
    """Figures of one program in one view: steps judged, steps failing each property, the
    most arrows in a step, whether the export was cut short, and the export's seconds."""
    command = [memstep, "--export-layout", "-", "--step", "all", *flags, os.path.basename(program)]
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    started = time.monotonic()
    process = subprocess.Popen(command, cwd=os.path.dirname(program), stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL, text=True, env=environment)
    # The export streams one step a line; a timer ends it, and the steps written so far count.
    cut = threading.Event()

    def stop():
        cut.set()
        process.kill()

    timer = threading.Timer(timeout, stop)
    timer.start()
    figures = {"steps": 0, "failing": {p: 0 for p in check_layout.PROPERTIES}, "clean": 0,
               "most_arrows": 0, "first_failure": None}
    try:
        for line in process.stdout:
            if not line.strip():
                continue
            try:
                layout = json.loads(line)
            except json.JSONDecodeError:
                break  # a line cut by the kill
            figures["steps"] += 1
            figures["most_arrows"] = max(figures["most_arrows"], len(layout["arrows"]))
            failed = {failure.prop for failure in check_layout.check_step(layout)}
            for prop in failed:
                figures["failing"][prop] += 1
            if failed and figures["first_failure"] is None:
                figures["first_failure"] = "step %d: %s" % (layout["step"], ", ".join(
                    check_layout.PROPERTIES[p] for p in sorted(failed)))
            figures["clean"] += 0 if failed else 1
    finally:
        process.wait()
        timer.cancel()
    figures["cut_short"] = cut.is_set()
    figures["seconds"] = round(time.monotonic() - started, 2)
    return figures


def percent(part, whole):
    return "%.1f%%" % (100.0 * part / whole) if whole else "n/a"


def report(results, views):
    for view in views:
        judged = {name: r[view] for name, r in results.items() if r.get(view, {}).get("steps")}
        steps = sum(f["steps"] for f in judged.values())
        clean = sum(f["clean"] for f in judged.values())
        clean_programs = sum(1 for f in judged.values() if f["clean"] == f["steps"])
        cut = sorted(name for name, f in judged.items() if f["cut_short"])
        print("%s view: %d programs, %d steps; every property holds on %s of steps (%d of %d steps) "
              "and on every step of %d programs"
              % (view, len(judged), steps, percent(clean, steps), clean, steps, clean_programs))
        for prop, title in check_layout.PROPERTIES.items():
            failing = sum(f["failing"][prop] for f in judged.values())
            print("  (%s) %-8s holds on %s of steps (%d steps fail, in %d programs)"
                  % (prop, title, percent(steps - failing, steps), failing,
                     sum(1 for f in judged.values() if f["failing"][prop])))
        if cut:
            print("  cut short at the timeout: %s" % ", ".join(cut))
        worst = sorted(judged.items(), key=lambda item: item[1]["clean"] - item[1]["steps"])[:8]
        for name, f in worst:
            if f["clean"] < f["steps"]:
                print("  %-50s %5d of %5d steps fail, most arrows %d, first %s"
                      % (name, f["steps"] - f["clean"], f["steps"], f["most_arrows"], f["first_failure"]))


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--memstep", required=True, help="the memstep executable (the window's)")
    parser.add_argument("--dir", required=True, help="a directory of programs, searched recursively")
    parser.add_argument("--view", choices=("default", "every-object", "both"), default="both")
    parser.add_argument("--timeout", type=float, default=60, help="seconds per program and view")
    parser.add_argument("--python-timeout", type=float, default=10)
    parser.add_argument("--json", help="write every program's figures here")
    args = parser.parse_args(argv)

    views = ["default", "every-object"] if args.view == "both" else [args.view]
    memstep = os.path.abspath(args.memstep)
    programs = sorted(os.path.join(root, name) for root, _, names in os.walk(args.dir)
                      for name in names if name.endswith(".py") and name != "__init__.py")
    results = {}
    for number, program in enumerate(programs, start=1):
        name = os.path.relpath(program, args.dir)
        if not runs_under_python(program, args.python_timeout):
            continue
        results[name] = {view: judge_view(memstep, program, VIEWS[view], args.timeout) for view in views}
        print("[%d/%d] %s: %s" % (number, len(programs), name, ", ".join(
            "%s %d/%d clean%s" % (view, f["clean"], f["steps"], " (cut short)" if f["cut_short"] else "")
            for view, f in results[name].items())), file=sys.stderr, flush=True)
    if args.json:
        with open(args.json, "w") as out:
            json.dump(results, out, indent=1, sort_keys=True)
    report(results, views)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
