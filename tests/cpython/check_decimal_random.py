#!/usr/bin/env python3
"""Compares memstep's decimal module with python3's on random operands.

The rule it checks (issue #17): a Decimal computes as CPython 3.11's. From a seed, it draws
numbers (short and long coefficients, exponents far apart, zeros of both signs, ints) and, in
several precisions and every rounding mode, prints the results of + - * / // % divmod, ** with
an int, sqrt, unary minus, plus and abs, quantize, round, int, float, hash, comparisons with
Decimals, ints and floats, normalize and format() with a few specs, or the exception each
raises; python3 and `memstep-trace --run` must print the same lines. A difference prints the
expression and both lines.

Usage: check_decimal_random.py --memstep PATH [--seed N] [--count N] [--verbose]
       check_decimal_random.py --self-test   (the checker against a doctored decimal; must fail)
"""

import random
import sys

import checker_cli

ROUNDINGS = ["ROUND_HALF_EVEN", "ROUND_HALF_UP", "ROUND_HALF_DOWN", "ROUND_DOWN", "ROUND_UP",
             "ROUND_CEILING", "ROUND_FLOOR", "ROUND_05UP"]
SPECS = [".2f", ",.3f", "e", ".3e", "g", ".2", "%", ">12.1f", "012,.2f", "+f", ""]

PRINTER = r'''from decimal import Decimal as D, getcontext, %s


def t(label, f):
    try:
        r = f()
    except Exception as e:
        r = "%%s %%s" %% (type(e).__name__, e)
    print(label, repr(r))


''' % ", ".join(ROUNDINGS)


def number(rng):
    roll = rng.random()
    if roll < 0.15:
        return rng.choice(["0", "-0", "0.00", "0E+3", "1", "-1", "0.5", "2.5", "-2.5"])
    if roll < 0.35:
        return str(rng.randint(-10 ** 6, 10 ** 6))
    digits = "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 35)))
    return rng.choice(["", "-"]) + digits + "E" + str(rng.randint(-40, 40))


def expressions(rng, count):
    a, b = number(rng), number(rng)
    i, n = rng.randint(-50, 50), rng.randint(-9, 9)
    f = rng.choice([0.1, 1.5, -2.25, 1e20, 3.0, 1 / 3, 0.0, -0.0])
    out = []
    for op in ["+", "-", "*", "/", "//", "%"]:
        out.append("D(%r) %s D(%r)" % (a, op, b))
        out.append("(%d %s D(%r), D(%r) %s %d)" % (i, op, b, a, op, i))
    out += ["divmod(D(%r), D(%r))" % (a, b),
            "D(%r) ** %d" % (a, n),
            "abs(D(%r)).sqrt()" % a,
            "(-D(%r), +D(%r), abs(D(%r)))" % (a, a, a),
            "D(%r).quantize(D(%r))" % (a, rng.choice(["0.01", "1", "1E+1", "0.1", "1.000"])),
            "round(D(%r), %d)" % (a, rng.randint(-2, 4)),
            "(int(D(%r)), float(D(%r)), hash(D(%r)), round(D(%r)))" % (a, a, a, a),
            "(D(%r) < D(%r), D(%r) == D(%r), D(%r) >= %d, D(%r) < %r, D(%r) == %r)"
            % (a, b, a, b, a, i, a, f, a, f),
            "D(%r).normalize()" % a,
            "[format(D(%r), s) for s in %r]" % (a, SPECS)]
    return out[:count]


def program(seed, count):
    rng = random.Random(seed)
    lines = [PRINTER]
    cases = []
    while len(cases) < count:
        lines.append("getcontext().prec = %d\n" % rng.choice([28, 28, 50, 9, 3, 1]))
        lines.append("getcontext().rounding = %s\n" % rng.choice(ROUNDINGS))
        for expr in expressions(rng, count - len(cases)):
            cases.append(expr)
            lines.append("t(%d, lambda: %s)\n" % (len(cases), expr))
    return "".join(lines), cases


def check(command, seed, count, verbose, python=(sys.executable,)):
    source, cases = program(seed, count)
    return checker_cli.random_check(command, source, lambda line: cases[int(line.split()[0]) - 1], seed,
                                    "%d decimal expressions of seed %d as python3 computes them" % (count, seed), verbose, python)


# The self test's stand-in for memstep: python3 running the program with every rounding mode
# replaced by ROUND_DOWN (truncation where the program asks for another rounding).
DOCTORED = """import sys
path = sys.argv[1]
source = open(path).read().replace("rounding = ", "rounding = ROUND_DOWN or ")
exec(compile(source, path, "exec"), {"__name__": "__main__"})
"""


def self_test():
    return checker_cli.random_self_test(lambda command: check(command, 1, 60, False), DOCTORED,
                                        "results rounded the wrong way", "the checker fails on a doctored decimal")


def main():
    return checker_cli.random_main(__doc__, "decimal", 1500, check, self_test)


if __name__ == "__main__":
    sys.exit(main())
