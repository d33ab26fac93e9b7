#!/usr/bin/env python3
"""The two engines of memstep-trace on the same programs: identical traces through compare.py.

For each program, `memstep-trace --engine builtin` and `--engine cpython` record it. When the
built-in engine supports it, the CPython engine's trace must pass everything compare.py holds
memstep to (its fields, its events replayed step by step, then every step, the output and the
error) with the built-in trace in CPython's place. When the built-in engine refuses it
(Unsupported), the CPython engine must run it without that refusal and with events that replay.
Prints one line per program that differs and a count; exits 1 if any differs.

Usage: check_engines.py --memstep PATH [--jobs N] [--exclude NAME] PROGRAM_OR_FOLDER ...
"""

import argparse
import concurrent.futures
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import compare  # noqa: E402  (beside this script)

# The traces are compared whole, so the JSON and time limits are lifted as for compare.py's
# corpus tests: a loaded machine must not turn a slow run into a TimeLimit on one side.
COMMON = ["--max-json-mb", "4096", "--max-seconds", "0"]


def programs_in(paths, excluded):
    found = []
    for path in paths:
        if os.path.isdir(path):
            for folder, _, files in os.walk(path):
                found += [os.path.join(folder, f) for f in files if f.endswith(".py")]
        else:
            found.append(path)
    return sorted(p for p in found
                  if not any(p.endswith(os.sep + name + ".py") for name in excluded))


def check(memstep, program):
    """(outcome, message): outcome is "agree", "refused" (by builtin, run by cpython) or
    "differ"."""
    stdin_file = program[:-3] + ".stdin"
    stdin_args = ["--stdin", stdin_file] if os.path.exists(stdin_file) else []
    builtin = [memstep, "--engine", "builtin"] + COMMON + stdin_args + [program]
    cpython = [memstep, "--engine", "cpython"] + COMMON + stdin_args + [program]
    try:
        btrace = compare.run_json(builtin, "builtin engine")
        ctrace = compare.run_json(cpython, "cpython engine")
        compare.check_trace_fields(ctrace)
        compare.check_events(ctrace)
        if (btrace.get("error") or {}).get("type") == "Unsupported":
            if (ctrace.get("error") or {}).get("type") == "Unsupported":
                raise compare.Mismatch("the CPython engine refused it too")
            return "refused", None
        compare.compare_traces(ctrace, btrace)
    except compare.Mismatch as e:
        return "differ", str(e)
    return "agree", None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--memstep", required=True, help="memstep-trace executable")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--exclude", action="append", default=[],
                        help="a program left out, as TOPIC/NAME (repeatable)")
    parser.add_argument("paths", nargs="+")
    args = parser.parse_args()
    programs = programs_in(args.paths, args.exclude)
    counts = {"agree": 0, "refused": 0, "differ": 0}
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        for program, (outcome, message) in zip(
                programs, pool.map(lambda p: check(args.memstep, p), programs)):
            counts[outcome] += 1
            if outcome == "differ":
                print("DIFFER %s\n%s" % (program, message[:1500]), flush=True)
    print("%d programs: %d identical in both engines, %d refused by the built-in engine and "
          "run by the CPython engine, %d differ" % (len(programs), counts["agree"],
                                                   counts["refused"], counts["differ"]))
    return 1 if counts["differ"] else 0


if __name__ == "__main__":
    sys.exit(main())
