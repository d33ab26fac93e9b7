#!/usr/bin/env python3
"""Compares memstep's re module with python3's on random patterns and strings.

The rule it checks (issue #17): `re` behaves as CPython 3.11's. From a seed, it draws patterns
out of a small grammar (literals, `.`, classes, \\d \\w \\s \\b, anchors, groups of every kind,
alternation, greedy, lazy and possessive quantifiers, atomic groups, lookarounds, backreferences; some of them invalid)
and strings over an alphabet that makes them match in many ways (ASCII and non-ASCII letters,
digits, spaces, newlines), each with a random flag set. One program prints, for each pair, the
results of search, fullmatch, findall, sub (with a template and a function), split and
subn, or the error compiling it; python3 and `memstep-trace --run` must print the same
lines. A difference prints the pattern, the string and both lines.

Usage: check_re_random.py --memstep PATH [--seed N] [--count N] [--verbose]
       check_re_random.py --self-test   (the checker against a doctored re; must fail)
"""

import random
import sys

import checker_cli

ALPHABET = "aabbcAB1 _\né"
ATOMS = ["a", "b", "c", ".", "[ab]", "[^a]", "[a-c]", r"\d", r"\w", r"\s", r"\W", r"\b", r"\B",
         "^", "$", r"\A", r"\Z", "é", "[éa]"]
QUANTIFIERS = ["", "", "", "*", "+", "?", "{2}", "{1,2}", "{,2}", "*?", "+?", "??", "{1,2}?",
               "*+", "++", "?+", "{1,2}+"]
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
                           "(?s-i:", "(?<!", "(?>"])
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


def describe_case(cases):
    """case_of for first_difference: a `case N` line starts pattern N's lines."""
    def case_of(line):
        if not line.startswith("case "):
            return None
        pattern, text, flags = cases[int(line.split()[1]) - 1]
        return "pattern %r on %r, flags %s" % (pattern, text, flags)
    return case_of


def check(command, seed, count, verbose, python=(sys.executable,)):
    source, cases = program(seed, count)
    return checker_cli.random_check(command, source, describe_case(cases), seed,
                                    "%d patterns of seed %d as python3 matches them" % (count, seed), verbose, python)


# The self test's stand-in for memstep: python3 running the program with findall's results
# losing their last item.
DOCTORED = """import sys
path = sys.argv[1]
source = open(path).read().replace("p.findall(text))", "p.findall(text)[:-1])")
exec(compile(source, path, "exec"), {"__name__": "__main__"})
"""


def self_test():
    return checker_cli.random_self_test(lambda command: check(command, 1, 40, False), DOCTORED,
                                        "findall losing its last item", "the checker fails on a doctored re")


def main():
    return checker_cli.random_main(__doc__, "re", 400, check, self_test)


if __name__ == "__main__":
    sys.exit(main())
