#!/usr/bin/env python3
"""Compares memstep's pprint with python3's on random nested values.

The rule it checks (issue #17): pprint lays a value out as CPython 3.11's Lib/pprint.py does.
From a seed, it draws nested lists, tuples, dicts (keys of mixed types, so the safe-key order
by type name is used), sets and frozensets of numbers, str with spaces and newlines, bytes,
bytearrays, big and negative ints, floats, None and bools, and prints the repr of pformat() of
each under random settings (width, indent, depth, compact, sort_dicts, underscore_numbers),
plus saferepr, isreadable and isrecursive; python3 and `memstep-trace --run` must print the
same lines. A difference prints the expression and both lines.

Usage: check_pprint_random.py --memstep PATH [--seed N] [--count N] [--verbose]
       check_pprint_random.py --self-test   (the checker against a doctored pprint; must fail)
"""

import random
import sys

import checker_cli

PRINTER = r'''import pprint


def t(label, value, **settings):
    try:
        r = pprint.pformat(value, **settings)
    except Exception as e:
        r = "%s %s" % (type(e).__name__, e)
    print(label, repr(r), pprint.saferepr(value) == repr(value), pprint.isreadable(value),
          pprint.isrecursive(value))


'''

WORDS = ["spam", "eggs", "a", "longer words here", "tab\there", "two\nlines", "", " x ",
         "caf\u00e9", "end "]


def scalar(rng):
    roll = rng.randrange(9)
    if roll == 0:
        return repr(rng.randint(-10 ** 9, 10 ** 9))
    if roll == 1:
        return repr(rng.randint(-10, 10) * 10 ** rng.randint(0, 25))
    if roll == 2:
        return repr(rng.choice([0.5, -2.25, 1e100, 3.0, 1 / 3]))
    if roll == 3:
        return repr(" ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 12))))
    if roll == 4:
        return repr(bytes(rng.randrange(256) for _ in range(rng.randint(0, 30))))
    if roll == 5:
        return "bytearray(%r)" % bytes(rng.randrange(97, 123) for _ in range(rng.randint(0, 20)))
    if roll == 6:
        return rng.choice(["None", "True", "False"])
    return repr(rng.choice(WORDS))


def key(rng):
    roll = rng.randrange(4)
    if roll == 0:
        return repr(rng.randint(-5, 50))
    if roll == 1:
        return repr(rng.choice([1.5, -0.25]))
    if roll == 2:
        return "(%d, %r)" % (rng.randint(0, 3), rng.choice(WORDS))
    return repr(rng.choice(WORDS) + str(rng.randint(0, 99)))


def value(rng, depth):
    if depth <= 0 or rng.random() < 0.3:
        return scalar(rng)
    n = rng.randint(0, 7)
    kind = rng.randrange(6)
    items = [value(rng, depth - 1) for _ in range(n)]
    if kind == 0 or kind == 1:
        return "[" + ", ".join(items) + "]"
    if kind == 2:
        return "(" + "".join(i + ", " for i in items) + ")"
    if kind == 3:
        return "{" + ", ".join("%s: %s" % (key(rng), i) for i in items) + "}"
    numbers = ", ".join(repr(rng.randint(-100, 100)) for _ in range(n))
    return ("frozenset({%s})" if kind == 4 else "set([%s])") % numbers


def settings(rng):
    out = []
    if rng.random() < 0.8:
        out.append("width=%d" % rng.choice([1, 5, 10, 16, 25, 40, 60, 80]))
    if rng.random() < 0.4:
        out.append("indent=%d" % rng.choice([0, 1, 2, 4]))
    if rng.random() < 0.3:
        out.append("depth=%d" % rng.choice([1, 2, 3]))
    for flag in ["compact", "sort_dicts", "underscore_numbers"]:
        if rng.random() < 0.3:
            out.append("%s=%s" % (flag, rng.choice(["True", "False"])))
    return out


def program(seed, count):
    rng = random.Random(seed)
    lines = [PRINTER]
    cases = []
    for _ in range(count):
        expr = ", ".join([value(rng, rng.randint(1, 4))] + settings(rng))
        cases.append(expr)
        lines.append("t(%d, %s)\n" % (len(cases), expr))
    return "".join(lines), cases


def check(command, seed, count, verbose, python=(sys.executable,)):
    source, cases = program(seed, count)
    return checker_cli.random_check(command, source, lambda line: cases[int(line.split()[0]) - 1], seed,
                                    "%d pformat() layouts of seed %d as python3 prints them" % (count, seed), verbose, python)


# The self test's stand-in for memstep: python3 running the program with every width one wider.
DOCTORED = """import sys
path = sys.argv[1]
source = open(path).read().replace("width=", "width=1+")
exec(compile(source, path, "exec"), {"__name__": "__main__"})
"""


def self_test():
    return checker_cli.random_self_test(lambda command: check(command, 1, 200, False), DOCTORED,
                                        "layouts one column wider", "the checker fails on a doctored pprint")


def main():
    return checker_cli.random_main(__doc__, "pprint", 1000, check, self_test)


if __name__ == "__main__":
    sys.exit(main())
