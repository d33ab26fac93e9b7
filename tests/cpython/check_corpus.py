#!/usr/bin/env python3
"""Sanity of the program corpus itself, judged by CPython alone (no memstep needed).

Every tests/programs/<topic>/<name>.py must open with a one-line comment saying what it shows
(seed/ is kept verbatim) and run cleanly under the reference tracer: programs under errors/ end in an uncaught runtime
error, programs under syntax_errors/ in a SyntaxError (or IndentationError/TabError) with no
steps, all others end normally; none may hit the step limit, and every step's frames may only
name objects its heap holds. The corpus must hold at least MIN_PROGRAMS programs.

Usage: check_corpus.py PROGRAMS_DIR
"""

import glob
import io
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import reference_trace  # noqa: E402

MIN_PROGRAMS = 170
SYNTAX_ERRORS = ("SyntaxError", "IndentationError", "TabError")


def check(path, topic):
    with open(path, encoding="utf-8") as f:
        first = f.readline()
    # The seed programs are kept verbatim, as the teachers wrote them.
    if topic != "seed" and (not first.startswith("# ") or len(first.strip()) < 6):
        return "first line must be a comment saying what the program shows"
    stdin = path[:-3] + ".stdin"
    trace = reference_trace.run(path, stdin if os.path.exists(stdin) else None)
    json.dumps(trace)
    error, steps = trace["error"], trace["steps"]
    if topic == "syntax_errors":
        if not error or error["type"] not in SYNTAX_ERRORS or steps:
            return "expected a SyntaxError and no steps, got %r" % (error,)
        return None
    if topic == "errors":
        if not error or error["type"] in SYNTAX_ERRORS + ("StepLimit",) or not error["line"]:
            return "expected an uncaught runtime error with a line, got %r" % (error,)
    elif error:
        return "unexpected error %r" % (error,)
    if not steps or steps[-1]["event"] != "return" or len(steps[-1]["frames"]) != 1:
        return "the trace must end with the module's return step"
    for n, step in enumerate(steps):
        for frame in step["frames"]:
            for name, oid in frame["vars"]:
                if oid not in step["heap"]:
                    return "step %d: %s names %s, missing from the heap" % (n, name, oid)
    return None


def main():
    root = sys.argv[1]
    programs = sorted(glob.glob(os.path.join(root, "*", "*.py")))
    failures = 0
    for path in programs:
        topic = os.path.basename(os.path.dirname(path))
        problem = check(path, topic)
        if problem:
            failures += 1
            print("FAIL %s: %s" % (os.path.relpath(path, root), problem))
    print("%d programs, %d failing" % (len(programs), failures))
    if len(programs) < MIN_PROGRAMS:
        print("FAIL: the corpus needs at least %d programs" % MIN_PROGRAMS)
        failures += 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
