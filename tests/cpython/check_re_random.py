#!/usr/bin/env python3
"""Compares memstep's re module with python3's on random patterns and strings.

The rule it checks (issue #17): `re` behaves as CPython 3.11's. From a seed, it draws patterns
out of a small grammar (literals, `.`, classes, \\d \\w \\s \\b, anchors, groups of every kind,
alternation, greedy and lazy quantifiers, lookarounds, backreferences; some of them invalid)
and strings over an alphabet that makes them match in many ways (ASCII and non-ASCII letters,
digits, spaces, newlines), each with a random flag set. One program prints, for each pair, the
results of search, fullmatch, findall, sub (with a template and a function), split and
subn, or the error compiling it; python3 and `memstep-trace --run` must print the same
lines. A difference prints the pattern, the string and both lines.

Usage: check_re_random.py --memstep PATH [--seed N] [--count N] [--verbose]
       check_re_random.py --self-test   (the checker against a doctored re; must fail)
"""

import argparse
import os
import random
import shlex
import sys
import tempfile

from checker_cli import run

ALPHABET = "aabbcAB1 _\né"
ATOMS = ["a", "b", "c", ".", "[ab]", "[^a]", "[a-c]", r"\d", r"\w", r"\s", r"\W", r"\b", r"\B",
         "^", "$", r"\A", r"\Z", "é", "[éa]"]
QUANTIFIERS = ["", "", "", "*", "+", "?", "{2}", "{1,2}", "{,2}", "*?", "+?", "??", "{1,2}?"]
FLAGS = ["0", "re.I", "re.M", "re.S", "re.I | re.M", "re.A", "re.I | re.S"]

PRINTER = r'''import re


def show(pattern, text, flags):
    try:
        p = re.compile(pattern, flags)
    except re.error as e:
        print("error", e)
        return
    m = p.search(text)
    print("search", m and (m.span(), m.groups(), m.lastindex))
    f = p.fullmatch(text)
    print("fullmatch", f and f.span())
    print("findall", p.findall(text))
    print("sub", repr(p.sub("<\\g<0>>", text)))
    print("subf", repr(p.sub(lambda m: str(m.span()), text, count=2)))
    print("split", p.split(text))
    print("subn", p.subn("-", text))
    try:
        print("sub1", repr(p.sub(r"[\1\n]", text)))
    except re.error as e:
        print("sub1 error", e)


'''


def atom(rng, depth, groups):
    roll = rng.random()
    if depth < 2 and roll < 0.25:
        kind = rng.choice(["(", "(?:", "(?=", "(?!", "(?P<n%d>" % len(groups), "(?<=", "(?i:",
                           "(?s-i:", "(?<!"])
        if kind == "(?<!":
            return "(?<!%s)" % rng.choice(["a", "b", r"\d", "a|b"])
        if kind == "(?<=":
            return "(?<=%s)" % rng.choice(["a", "b", "ab", r"\w", "[ab]c"])
        inner = alternation(rng, depth + 1, groups)
        if kind == "(" or kind.startswith("(?P"):
            groups.append(True)
        return kind + inner + ")"
    if groups and roll < 0.3:
        if rng.random() < 0.3:
            return "(?P=n%d)" % rng.randrange(len(groups))
        return "\\%d" % rng.randint(1, len(groups))
    return rng.choice(ATOMS)


ANCHORS = {r"\b", r"\B", "^", "$", r"\A", r"\Z"}


def sequence(rng, depth, groups):
    out = ""
    for _ in range(rng.randint(1, 3)):
        item = atom(rng, depth, groups)
        # A quantified anchor is "nothing to repeat": now and then, not half the time.
        if item not in ANCHORS or rng.random() < 0.05:
            item += rng.choice(QUANTIFIERS)
        out += item
    return out


def alternation(rng, depth, groups):
    items = [sequence(rng, depth, groups)]
    if rng.random() < 0.3:
        items.append(sequence(rng, depth, groups))
    return "|".join(items)


def program(seed, count):
    rng = random.Random(seed)
    lines = [PRINTER]
    cases = []
    for _ in range(count):
        pattern = alternation(rng, 0, [])
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 8)))
        flags = rng.choice(FLAGS)
        cases.append((pattern, text, flags))
        lines.append("print(%r)\nshow(%r, %r, %s)\n" % ("case %d" % len(cases), pattern, text,
                                                       flags))
    return "".join(lines), cases


def compare(expected, got, cases, verbose):
    """The first difference between python3's lines and memstep's, as a message, or None."""
    exp, out = expected.splitlines(), got.splitlines()
    case = None
    for i, line in enumerate(exp):
        if line.startswith("case "):
            case = cases[int(line.split()[1]) - 1]
        if i >= len(out) or out[i] != line:
            mine = out[i] if i < len(out) else "(nothing: the run stopped)"
            return ("pattern %r on %r, flags %s\n  python3: %s\n  memstep: %s"
                    % (case[0], case[1], case[2], line, mine))
        if verbose:
            print("  " + line)
    if len(out) > len(exp):
        return "memstep printed more lines: %s" % out[len(exp)]
    return None


def check(command, seed, count, verbose, python=(sys.executable,)):
    source, cases = program(seed, count)
    with tempfile.TemporaryDirectory() as workdir:
        status, expected, err = run(list(python), source, workdir)
        if status != 0:
            print("FAIL: python3 failed on the generated program: %s" % err[-500:])
            return 1
        status, got, err = run(command, source, workdir)
    problem = compare(expected, got, cases, verbose)
    if problem is None and status != 0:
        problem = "memstep-trace --run exited %d: %s" % (status, err[-500:])
    if problem:
        print("FAIL seed %d: %s" % (seed, problem))
        return 1
    print("ok: %d patterns of seed %d as python3 matches them" % (count, seed))
    return 0


# The self test's stand-in for memstep: python3 running the program with findall's results
# losing their last item.
DOCTORED = """import sys
path = sys.argv[1]
source = open(path).read().replace("p.findall(text))", "p.findall(text)[:-1])")
exec(compile(source, path, "exec"), {"__name__": "__main__"})
"""


def self_test():
    with tempfile.TemporaryDirectory() as workdir:
        stand_in = os.path.join(workdir, "doctored.py")
        with open(stand_in, "w") as f:
            f.write(DOCTORED)
        status = check([sys.executable, stand_in], 1, 40, False)
    if status == 0:
        print("FAIL: the checker did not see findall losing its last item")
        return 1
    print("ok: the checker fails on a doctored re")
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--memstep")
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--count", type=int, default=400)
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--self-test", action="store_true")
    args = parser.parse_args()
    if sys.version_info[:2] != (3, 11):
        print("FAIL: memstep follows CPython 3.11's re, and this is python %d.%d"
              % sys.version_info[:2])
        return 1
    if args.self_test:
        return self_test()
    if not args.memstep:
        parser.error("--memstep is required")
    command = shlex.split(args.memstep)
    command[0] = os.path.abspath(command[0])  # the program runs in a temporary directory
    return check(command + ["--run"], args.seed, args.count, args.verbose)


if __name__ == "__main__":
    sys.exit(main())
