#!/usr/bin/env python3
"""Sanity of the program corpus itself, judged by CPython alone (no memstep needed).

Every tests/programs/<topic>/<name>.py must open with a one-line comment saying what it shows
(seed/ is kept verbatim) and run cleanly under the reference tracer: programs under errors/ end in an uncaught runtime
error, programs under syntax_errors/ in a SyntaxError (or IndentationError/TabError) with no
steps, all others end normally; none may hit the step limit, and every step's frames may only
name objects its heap holds. The reference's stdout and error (type, message, line) must also
equal what plain `python3 PROGRAM.py` prints, which checks the tracer itself (stdin capture,
input() prompts, error lines, recursion depth). The corpus must hold at least MIN_PROGRAMS
programs (counted over the whole directory, whatever --only/--exclude select).

Usage: check_corpus.py [--only TOPIC/NAME ...] [--exclude TOPIC/NAME ...] PROGRAMS_DIR
"""

import argparse
import glob
import re
import subprocess
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
        # A SyntaxError counts when the program was running (exec, eval or compile raised it).
        compile_time = error and error["type"] in SYNTAX_ERRORS and not steps
        if not error or compile_time or error["type"] == "StepLimit" or not error["line"]:
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
    return check_plain_python(path, stdin if os.path.exists(stdin) else None, trace)


def check_plain_python(path, stdin, trace):
    """The reference must print what `python3 PROGRAM.py` prints and fail where it fails."""
    with open(stdin, "rb") if stdin else open(os.devnull, "rb") as feed:
        proc = subprocess.run([sys.executable, path], stdin=feed, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, timeout=60)
    out = proc.stdout.decode("utf-8")
    if out != trace["stdout"]:
        return "stdout %r differs from plain python3's %r" % (trace["stdout"][:200], out[:200])
    err = proc.stderr.decode("utf-8")
    error = trace["error"]
    if error is None:
        return None if proc.returncode == 0 else "plain python3 failed: %s" % err[-300:]
    if error["type"] == "SystemExit":
        # No traceback: python3 prints only a code that is neither None nor an int.
        if err != error.get("traceback", ""):
            return "SystemExit printed %r, plain python3 %r" % (error.get("traceback", ""), err)
        return None
    expected = error["type"] + (": " + error["message"] if error["message"] else "")
    if error["type"] in SYNTAX_ERRORS and error.get("traceback"):
        # Raised by exec, eval or compile: printed with its msg, without " (<string>, line N)".
        expected = error["traceback"].rstrip("\n").splitlines()[-1]
    # A message of several lines (a Flag's "invalid value" shows its bits below) ends stderr
    # with all of them.
    tail = expected.count("\n") + 1
    last = "\n".join(err.rstrip("\n").splitlines()[-tail:]) if err.strip() else ""
    last = re.sub(r"\. Did you mean: .*\?$", "", last)  # added by the traceback printer
    # A library module's exception is printed with its module (re.error), named without it.
    if last != expected and not re.fullmatch(r"[\w.]+\." + re.escape(expected), last):
        return "error %r, plain python3 says %r" % (expected, last)
    lines = re.findall(r'File "%s", line (\d+)' % re.escape(path), err)
    if lines and int(lines[-1]) != error["line"]:
        return "error line %d, plain python3 says %s" % (error["line"], lines[-1])
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", action="append", default=[])
    parser.add_argument("--exclude", action="append", default=[])
    parser.add_argument("root")
    args = parser.parse_args()
    root = args.root
    programs = sorted(glob.glob(os.path.join(root, "*", "*.py")))
    failures = 0
    for path in programs:
        topic = os.path.basename(os.path.dirname(path))
        name = os.path.relpath(path, root)[:-3]
        if name in args.exclude or (args.only and name not in args.only):
            continue
        problem = check(path, topic)
        if problem:
            failures += 1
            print("FAIL %s: %s" % (os.path.relpath(path, root), problem))
    print("%d programs in the corpus, %d failing" % (len(programs), failures))
    if len(programs) < MIN_PROGRAMS:
        print("FAIL: the corpus needs at least %d programs" % MIN_PROGRAMS)
        failures += 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
