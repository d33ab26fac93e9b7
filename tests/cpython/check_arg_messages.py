#!/usr/bin/env python3
"""Calls every public method of the built-in types with wrong arguments; errors must match.

The rule it checks (issue #16): a builtin method called with arguments it refuses raises the
error CPython 3.11 raises, type and message to the last character. For each sample (a str, a
list, a dict...) one program calls each public method name of its type with no argument, with
a keyword argument `x=1` (also when read from the type: `str.count('abc', x=1)`), and with
seven positional arguments; the find family (find, rfind, index, rindex, count, startswith,
endswith) is also given a start and an end that are not integers. Each call sits in its own try/except that prints `N ok` or `N TYPE: MESSAGE`.
python3 runs the program once under a trace function (memstep shows CPython as sys.settrace
sees it, and a traced CPython 3.11 words some errors differently: "count() takes no keyword
arguments" where an untraced run says "str.count()") and gives the expected lines; memstep-trace --run runs it and
must print the same lines, except that it may stop in Unsupported at a call when its message
names that call's method: the next run then starts at the call after it.

Usage: check_arg_messages.py --memstep PATH [--only LABEL ...] [--verbose]
       check_arg_messages.py --self-test   (the checker against a doctored stand-in; must fail)
"""

import builtins
import os
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

import checker_cli
from checker_cli import run, unsupported_message

# Programs run two at a time (the machine and CI have two cores).
JOBS = 2

# python3 running a program with a trace function installed, as tests/cpython/reference_trace.py
# runs the corpus: CPython then calls builtin methods through ceval's trace_call_function.
TRACED = ("import sys\npath = sys.argv[1]\ncode = compile(open(path).read(), path, 'exec')\n"
          "sys.settrace(lambda *a: None)\nexec(code, {'__name__': '__main__'})\n")
REFERENCE = [sys.executable, "-c", TRACED]

# (label, expression of a fresh sample). The calls are made on a new sample each time, so a
# call that succeeds and mutates (list.clear) changes nothing the next call sees.
SAMPLES = [
    ("str", "'abc'"),
    ("bytes", "b'abc'"),
    ("bytearray", "bytearray(b'abc')"),
    ("list", "[1, 2]"),
    ("tuple", "(1, 2)"),
    ("dict", "{1: 2}"),
    ("set", "{1, 2}"),
    ("frozenset", "frozenset({1, 2})"),
    ("int", "(5)"),
    ("float", "(1.5)"),
    ("builtins", None),
]

# The builtin functions and types themselves are a sample too ("builtins"), called bare, with
# `x=1`, with one, two and seven zeros: round(0, 0, 0...), pow(0), int(x=1). Left out: those
# that read stdin or files, stop the program, start a debugger, print (a line the checker would
# take for a call's) or run code given as text.
UNCALLED_BUILTINS = {"breakpoint", "compile", "copyright", "credits", "eval", "exec", "exit",
                     "help", "input", "license", "open", "print", "quit"}
BUILTIN_ARGUMENTS = ["", "x=1", "0", "0, 0", "0, 0, 0, 0, 0, 0, 0"]

FIND_FAMILY = {"find", "rfind", "index", "rindex", "count", "startswith", "endswith"}


def builtin_calls():
    """The (name, call text) pairs of the builtins sample, in a fixed order."""
    calls = []
    for name in sorted(n for n in dir(builtins) if not n.startswith("_")):
        value = getattr(builtins, name)
        if (not callable(value) or name in UNCALLED_BUILTINS
                or isinstance(value, type) and issubclass(value, BaseException)):
            continue
        calls.extend((name, "%s(%s)" % (name, args)) for args in BUILTIN_ARGUMENTS)
    return calls


def calls_for(label, expr):
    """The (method name, call text) pairs of one sample, in a fixed order."""
    if expr is None:
        return builtin_calls()
    kind = type(eval(expr))
    calls = []
    for name in sorted(n for n in dir(kind) if not n.startswith("_")):
        if not callable(getattr(kind, name)):
            continue  # int.real, float.imag...
        call = "%s.%s" % (expr, name)
        calls.append((name, call + "()"))
        calls.append((name, call + "(x=1)"))
        calls.append((name, call + "(0, 0, 0, 0, 0, 0, 0)"))
        # Read from the type, the method takes the sample first (a method descriptor).
        calls.append((name, "%s.%s(%s, x=1)" % (kind.__name__, name, expr)))
        if name in FIND_FAMILY:
            needle = {"str": "'a'", "bytes": "b'a'", "bytearray": "b'a'"}.get(label, "1")
            calls.append((name, "%s(%s, 'x')" % (call, needle)))
            calls.append((name, "%s(%s, 0, 'x')" % (call, needle)))
            calls.append((name, "%s(%s, 0, 1.5)" % (call, needle)))
    return calls


def program(calls, first):
    """The calls from index `first` on, each in its own try/except, numbered."""
    parts = []
    for number, (_, call) in enumerate(calls[first:], first):
        parts.append("try:\n    %s\n    print('%d ok')\n"
                     "except Exception as e:\n    print('%d', type(e).__name__ + ':', e)\n"
                     % (call, number, number))
    return "".join(parts)


class Tally:
    def __init__(self):
        self.calls = self.same = self.unsupported = 0
        self.problems = []
        self.unsupported_calls = []


def walk(memstep, label, expr, workdir):
    """Runs one sample's calls under python3 and memstep; returns its Tally."""
    tally = Tally()
    calls = calls_for(label, expr)
    code, out, err = run(REFERENCE, program(calls, 0), workdir)
    expected = out.splitlines()
    if code != 0 or len(expected) != len(calls):
        tally.problems.append("python3 failed on the program: " + err[-300:])
        return tally
    tally.calls = len(calls)
    start = 0
    while start < len(calls):
        code, out, err = run(memstep, program(calls, start), workdir)
        got = out.splitlines()
        for number, line in enumerate(got, start):
            if number >= len(calls):
                break
            if line != expected[number]:
                tally.problems.append("%s: memstep says %r, CPython %r"
                                      % (calls[number][1], line, expected[number]))
            else:
                tally.same += 1
        if code == 0 and start + len(got) == len(calls):
            break
        message = unsupported_message(err)
        if start + len(got) >= len(calls) or message is None:
            tally.problems.append("run ended badly after %d of %d calls (exit %d): %s"
                                  % (start + len(got), len(calls), code, err.strip()[-300:]))
            break
        name, call = calls[start + len(got)]
        if name not in message:
            tally.problems.append("%s: Unsupported does not name %s: %s" % (call, name, message))
        else:
            tally.unsupported += 1
            tally.unsupported_calls.append(call)
        start += len(got) + 1
    return tally


def check(memstep, only, verbose):
    failed = 0
    chosen = [s for s in SAMPLES if not only or s[0] in only]
    with tempfile.TemporaryDirectory() as workdir, ThreadPoolExecutor(JOBS) as pool:
        tallies = pool.map(lambda s: walk(memstep, *s, workdir), chosen)
        for (label, _), tally in zip(chosen, tallies):
            print("%-10s calls %3d  same %3d  Unsupported %3d  wrong %d"
                  % (label, tally.calls, tally.same, tally.unsupported, len(tally.problems)))
            if verbose and tally.unsupported_calls:
                print("    Unsupported: " + " ".join(tally.unsupported_calls))
            for problem in tally.problems:
                print("    FAIL " + problem)
            failed += len(tally.problems)
    print("wrong: %d" % failed)
    return 1 if failed else 0


# A stand-in for memstep-trace --run: python3 running the program traced, with the message
# about keywords to str.upper doctored and every call of list.index ending in Unsupported naming it.
FAKE = """import sys
path = sys.argv[-1]
source = open(path).read().replace("type(e).__name__ + ':', e)",
                                   "type(e).__name__ + ':', str(e).replace('upper() takes no keyword', "
                                   "'upper() takes no keywords'))")
lines = []
for line in source.splitlines():
    if line.startswith("    [1, 2].index("):
        line = "    sys.stdout.flush(); sys.stderr.write('Unsupported: `index`\\\\n'); sys.exit(1)"
    lines.append(line)
code = compile("import sys\\n" + "\\n".join(lines), path, "exec")
sys.settrace(lambda *a: None)
exec(code, {"__name__": "__main__"})
"""


def self_test():
    """The checker must pass python3 itself and fail the doctored stand-in where doctored."""
    problems = []
    with tempfile.TemporaryDirectory() as workdir:
        fake = os.path.join(workdir, "fake.py")
        with open(fake, "w", encoding="utf-8") as f:
            f.write(FAKE)
        for label, expr in [("str", "'abc'"), ("list", "[1, 2]")]:
            honest = walk(REFERENCE, label, expr, workdir)
            doctored = walk([sys.executable, fake], label, expr, workdir)
            if honest.problems or honest.same != honest.calls:
                problems.append("python3 against itself: %r" % honest.problems)
            if label == "str" and not any(p.startswith("'abc'.upper(x=1):")
                                          for p in doctored.problems):
                problems.append("the doctored str.upper message passed: %r" % doctored.problems)
            if label == "list" and (doctored.problems or doctored.unsupported != 6):
                problems.append("the doctored list.index should be Unsupported 6 times and "
                                "nothing else wrong: %d, %r"
                                % (doctored.unsupported, doctored.problems))
    return checker_cli.report(problems,
                              "the checker fails a changed message and walks on past Unsupported")


def main():
    return checker_cli.main(__doc__, "its messages differ", check, self_test)


if __name__ == "__main__":
    sys.exit(main())
