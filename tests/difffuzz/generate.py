#!/usr/bin/env python3
"""A seeded generator of random Python programs for differential testing (issue #16).

In the spirit of Csmith: every program is valid, terminates in a few thousand steps at most,
prints deterministically under python3 (no sets of strings printed, no id(), no default
reprs that show addresses) and stays inside what memstep runs. It is a sequence of small
pieces (arithmetic on big ints and floats, strings, containers and slicing, comprehensions,
functions with every kind of parameter, closures, classes with inheritance and dunders,
exceptions raised and caught, generators, the modules memstep has), each drawing on the
variables earlier pieces left, whose types the generator tracks so that every expression it
builds is well typed. Any error a piece can raise is raised on purpose inside a `try`.

The program for (seed, index) is always the same text: `generate(seed, index)`.

Usage: generate.py [--seed S] INDEX   (prints the program)
"""

import argparse
import random

INT, FLOAT, STR, LIST, DICT, TUPLE, SET = "int", "float", "str", "list", "dict", "tuple", "set"
# Loops run at most this many times and recursion goes at most this deep, so that a program
# of MAX_PIECES pieces stays within a few thousand steps.
MAX_LOOP = 5
MAX_PIECES = 12
WORDS = ("ant", "bee", "cat", "dog", "eel", "fox", "gnu", "hen", "yak", "owl")


class Program:
    """The text being built and the typed module-level variables pieces may use."""

    def __init__(self, rng):
        self.rng = rng
        self.lines = []
        self.counter = 0
        self.vars = {INT: [], FLOAT: [], STR: [], LIST: [], DICT: [], TUPLE: [], SET: []}

    def name(self, prefix):
        self.counter += 1
        return "%s%d" % (prefix, self.counter)

    def emit(self, *lines, indent=0):
        self.lines.extend("    " * indent + line for line in lines)

    def var(self, kind):
        """An existing variable of this type, or None."""
        names = self.vars[kind]
        return self.rng.choice(names) if names else None

    def define(self, kind, value_expr, name=None):
        name = name or self.name(kind[0])
        self.emit("%s = %s" % (name, value_expr))
        if name not in self.vars[kind]:
            self.vars[kind].append(name)
        return name

    def chance(self, p):
        return self.rng.random() < p

    def small(self, lo=-5, hi=12):
        return self.rng.randint(lo, hi)


# ---- expressions, by type ---------------------------------------------------------------------
def int_literal(p):
    r = p.rng.random()
    if r < 0.55:
        return str(p.small(-6, 300))
    if r < 0.8:
        # past 2**63: big ints, and past the small-int cache
        return str(p.rng.randint(10 ** 18, 10 ** 30) * p.rng.choice((1, -1)))
    if r < 0.9:
        return "%d ** %d" % (p.rng.randint(2, 9), p.rng.randint(10, 80))
    return "0x%x" % p.rng.randint(0, 1 << 70)


def int_expr(p, depth=2):
    r = p.rng.random()
    if depth <= 0 or r < 0.25:
        return p.var(INT) or int_literal(p) if p.chance(0.6) else int_literal(p)
    a, b = int_expr(p, depth - 1), int_expr(p, depth - 1)
    if r < 0.5:
        return "(%s %s %s)" % (a, p.rng.choice(("+", "-", "*", "&", "|", "^")), b)
    if r < 0.6:
        return "(%s %s %d)" % (a, p.rng.choice(("//", "%")), p.rng.choice((3, 7, -4, 10, 1000)))
    if r < 0.65:
        return "(%s %s %d)" % (a, p.rng.choice(("<<", ">>")), p.rng.randint(0, 40))
    if r < 0.7:
        return "abs(%s)" % a
    if r < 0.75:
        return "%s(%s, %s)" % (p.rng.choice(("min", "max")), a, b)
    lst, text = p.var(LIST), p.var(STR)
    if r < 0.82 and lst:
        return p.rng.choice(("len(%s)" % lst, "sum(%s)" % lst,
                             "(%s[%s %% len(%s)] if %s else 0)" % (lst, a, lst, lst)))
    if r < 0.88 and text:
        return p.rng.choice(("len(%s)" % text, "%s.count(%r)" % (text, p.rng.choice("aeo")),
                             "%s.find(%r)" % (text, p.rng.choice("abcxyz"))))
    if r < 0.94:
        return "int(%s)" % float_expr(p, 1)
    return "(%s if %s else %s)" % (a, bool_expr(p), b)


def float_expr(p, depth=2):
    r = p.rng.random()
    if depth <= 0 or r < 0.3:
        if p.chance(0.4) and p.var(FLOAT):
            return p.var(FLOAT)
        return repr(p.rng.choice((0.5, 1.25, -2.75, 3.0, 0.1, 1e-3, 2.5e10, 7.0 / 3)))
    a, b = float_expr(p, depth - 1), float_expr(p, depth - 1)
    if r < 0.55:
        return "(%s %s %s)" % (a, p.rng.choice(("+", "-", "*")), b)
    if r < 0.65:
        return "(%s / %s)" % (a, p.rng.choice(("4", "0.5", "-3", "7.0")))
    if r < 0.75:
        return "float(%s %% 997)" % int_expr(p, 1)
    if r < 0.85:
        return "round(%s, %d)" % (a, p.rng.randint(0, 4))
    return p.rng.choice(("math.sqrt(abs(%s))" % a, "math.floor(%s) * 1.0" % a,
                         "math.fabs(%s)" % a, "(%s %% 2.5)" % a))


def str_expr(p, depth=2):
    r = p.rng.random()
    if depth <= 0 or r < 0.3:
        if p.chance(0.4) and p.var(STR):
            return p.var(STR)
        return repr(p.rng.choice(WORDS + ("", "a", "Hello World", "x-y-z", "  pad  ", "1,2,3")))
    a = str_expr(p, depth - 1)
    if r < 0.45:
        return "(%s + %s)" % (a, str_expr(p, depth - 1))
    if r < 0.5:
        return "(%s * %d)" % (a, p.rng.randint(0, 3))
    if r < 0.65:
        return "%s.%s()" % (a, p.rng.choice(("upper", "lower", "strip", "title", "swapcase",
                                              "capitalize")))
    if r < 0.75:
        return "%s[%s]" % (a, slice_text(p))
    if r < 0.8:
        return "%s.replace(%r, %r)" % (a, p.rng.choice("aeo-"), p.rng.choice(("", "_", "OO")))
    if r < 0.88:
        return "str(%s)" % p.rng.choice((int_expr(p, 1), float_expr(p, 1)))
    if r < 0.94:
        return "%r.join(%s)" % (p.rng.choice(("", ",", " - ")), list_of_str(p))
    # depth 0 inside the braces: no nested f-string with the same quotes (invalid in 3.11)
    return "f\"{%s}:{%s:>6}\"" % (int_expr(p, 0), str_expr(p, 0))


def list_of_str(p):
    return "[%s]" % ", ".join(str_expr(p, 0) for _ in range(p.rng.randint(0, 3)))


def slice_text(p):
    parts = [p.rng.choice(("", str(p.small(-4, 6)))) for _ in range(2)]
    if p.chance(0.3):
        parts.append(str(p.rng.choice((1, 2, -1, -2, 3))))
    return ":".join(parts)


def list_expr(p, depth=2):
    r = p.rng.random()
    if depth <= 0 or r < 0.35:
        return "[%s]" % ", ".join(int_expr(p, 0) for _ in range(p.rng.randint(0, 5)))
    other = p.var(LIST)
    if r < 0.5 and other:
        return "%s[%s]" % (other, slice_text(p))
    if r < 0.6:
        return "list(range(%d, %d, %d))" % (p.small(-3, 4), p.small(4, 12), p.rng.randint(1, 3))
    if r < 0.72:
        v = p.name("i")
        return "[%s * %d for %s in range(%d) if %s %% %d]" % (
            v, p.small(1, 9), v, p.rng.randint(0, MAX_LOOP), v, p.rng.randint(2, 3))
    if r < 0.8:
        return "sorted(%s, reverse=%s)" % (list_expr(p, depth - 1), p.chance(0.5))
    if r < 0.88:
        return "%s + %s" % (list_expr(p, depth - 1), list_expr(p, depth - 1))
    if r < 0.94 and p.var(SET):
        return "sorted(%s)" % p.var(SET)
    return "list(map(abs, %s))" % list_expr(p, depth - 1)


def bool_expr(p):
    r = p.rng.random()
    if r < 0.4:
        return "%s %s %s" % (int_expr(p, 1), p.rng.choice(("<", "<=", "==", "!=", ">", ">=")),
                             int_expr(p, 1))
    if r < 0.55:
        return "%s < %s < %s" % (int_expr(p, 0), int_expr(p, 0), int_expr(p, 0))
    if r < 0.7 and p.var(LIST):
        return "%s in %s" % (int_expr(p, 0), p.var(LIST))
    if r < 0.8:
        return "%s in %s" % (repr(p.rng.choice("abeoz")), str_expr(p, 1))
    if r < 0.9:
        return "not (%s and %s)" % (int_expr(p, 0), str_expr(p, 0))
    return p.rng.choice(("True", "False"))


def any_expr(p):
    kind = p.rng.choice((INT, INT, FLOAT, STR, LIST))
    return kind, {INT: int_expr, FLOAT: float_expr, STR: str_expr, LIST: list_expr}[kind](p)


# ---- pieces: each emits a few statements at module level ------------------------------------
def piece_assign(p):
    for _ in range(p.rng.randint(1, 3)):
        kind, expr = any_expr(p)
        target = p.var(kind) if p.chance(0.3) else None
        p.define(kind, expr, target)
    kind = p.rng.choice((INT, STR, LIST))
    v = p.var(kind)
    if v and kind == INT:
        p.emit("%s %s= %s" % (v, p.rng.choice("+-*|^"), int_expr(p, 1)))
    elif v and kind == STR:
        p.emit("%s += %s" % (v, str_expr(p, 1)))
    elif v:
        p.emit("%s += %s" % (v, list_expr(p, 0)))
    p.emit("print(%s)" % ", ".join(p.var(k) for k in (INT, FLOAT, STR, LIST) if p.var(k)))


def piece_alias(p):
    a = p.var(LIST) or p.define(LIST, list_expr(p))
    b = p.name("alias")
    p.emit("%s = %s" % (b, a))
    for _ in range(p.rng.randint(1, 4)):
        p.emit(p.rng.choice((
            "%s.append(%s)" % (b, int_expr(p, 1)),
            "%s.extend(%s)" % (b, list_expr(p, 0)),
            "%s.insert(%d, %s)" % (b, p.small(-3, 5), int_expr(p, 0)),
            "%s.pop() if %s else None" % (b, b),
            "%s.sort()" % b, "%s.reverse()" % b,
            "%s[%s] = %s" % (b, slice_text(p).rsplit(":", 1)[0] + ":", list_expr(p, 0)),
            "del %s[%s]" % (b, slice_text(p)),
        )))
    c = p.name("copy")
    p.emit("%s = %s" % (c, p.rng.choice(("%s[:]" % a, "list(%s)" % a, "copy.copy(%s)" % a,
                                          "%s.copy()" % a))))
    p.emit("print(%s is %s, %s == %s, %s is %s, %s)" % (a, b, a, c, a, c, b))
    p.emit("del %s" % b)
    if p.chance(0.5):
        p.emit("%s = %s" % (b, int_expr(p, 1)))
        p.vars[INT].append(b)
    p.vars[LIST].append(c)


def piece_collections(p):
    d = p.name("d")
    keys = p.rng.sample(WORDS, p.rng.randint(1, 5))
    p.emit("%s = {%s}" % (d, ", ".join("%r: %s" % (k, int_expr(p, 0)) for k in keys)))
    p.vars[DICT].append(d)
    for _ in range(p.rng.randint(1, 4)):
        k = p.rng.choice(WORDS)
        p.emit(p.rng.choice((
            "%s[%r] = %s" % (d, k, int_expr(p, 1)),
            "%s.setdefault(%r, %s)" % (d, k, int_expr(p, 0)),
            "print(%s.get(%r), %s.get(%r, -1))" % (d, k, d, p.rng.choice(WORDS)),
            "%s.pop(%r, None)" % (d, k),
            "%s.update({%r: %s})" % (d, k, int_expr(p, 0)),
            "print(list(%s.items()), %r in %s)" % (d, k, d),
        )))
    s, t = p.name("s"), p.name("t")
    p.emit("%s = {%s}" % (s, ", ".join(int_expr(p, 0) for _ in range(p.rng.randint(1, 6)))))
    p.emit("%s = set(%s) %s {%d, %d}" % (t, p.var(LIST) or "[1, 2]",
                                        p.rng.choice(("|", "&", "-", "^")), p.small(), p.small()))
    p.emit("%s.%s(%s)" % (s, p.rng.choice(("add", "discard")), int_expr(p, 0)))
    # sets of ints print in CPython's one order: memstep must reproduce it
    p.emit("print(%s, %s, %s <= %s, len(%s | %s))" % (s, t, s, t, s, t))
    p.vars[SET] += [s, t]
    tup = p.name("tup")
    p.emit("%s = (%s, %s, %s)" % (tup, int_expr(p, 0), str_expr(p, 0), list_expr(p, 0)))
    p.vars[TUPLE].append(tup)
    a, b, c = p.name("a"), p.name("b"), p.name("c")
    p.emit("%s, %s, %s = %s" % (a, b, c, tup))
    p.emit("%s, *%s = %s + [0]" % (a, b, list_expr(p, 0)))
    p.emit("print(%s, %s, %s, %s[1:], %s.count(0))" % (tup, a, b, tup, tup))


def piece_comprehension(p):
    src = p.var(LIST) or p.define(LIST, list_expr(p))
    x, y, r = p.name("x"), p.name("y"), p.name("r")
    p.emit(p.rng.choice((
        "%s = [%s * %s for %s in %s if %s %% 2 == 0]" % (r, x, p.small(1, 5), x, src, x),
        "%s = {%s: %s %% 5 for %s in %s}" % (r, x, x, x, src),
        "%s = [(%s, %s) for %s in range(3) for %s in range(%s, 3)]" % (r, x, y, x, y, x),
        "%s = {%s %% 4 for %s in %s}" % (r, x, x, src),
        "%s = [[%s] * %s for %s in range(3)]" % (r, x, x, x),
    )))
    p.emit("print(%s)" % r)
    p.emit("print(%s(%s %% 3 for %s in %s), %s)" % (
        p.rng.choice(("sum", "max", "min", "sorted", "any", "all", "list")), x, x,
        "%s or [1]" % src, p.rng.choice(("any([])", "all([])", "sum([], 5)"))))


def piece_function(p):
    f = p.name("f")
    params = ["a", "b=%s" % int_expr(p, 0), "*rest", "scale=%s" % p.small(1, 4), "**extra"]
    shared_default = p.chance(0.4)
    if shared_default:
        # one list shared by every call that leaves b out
        params[1] = "b=[]"
        body = ["b.append(a)", "total = len(b) + sum(rest) * scale"]
    else:
        body = ["total = a + b + sum(rest) * scale"]
    p.emit("def %s(%s):" % (f, ", ".join(params)))
    p.emit(*body, indent=1)
    p.emit("for key in sorted(extra):", indent=1)
    p.emit("total += extra[key]", indent=2)
    p.emit("return total", indent=1)
    calls = ["%s(%s)" % (f, int_expr(p, 0)),
             "%s(%s, %s, 3, 4)" % (f, int_expr(p, 0), int_expr(p, 0)),
             "%s(1, scale=%d, z=%s)" % (f, p.small(), int_expr(p, 0)),
             "%s(*[1, 2, 3], **{'q': %d})" % (f, p.small()),
             "%s(a=%d)" % (f, p.small())]
    if shared_default:
        calls = [calls[0], calls[2], calls[4]]  # b left out: the shared list grows
    for call in p.rng.sample(calls, p.rng.randint(1, len(calls) - 1)):
        p.emit("print(%s)" % call)
    if p.chance(0.5):
        g = p.name("rec")
        n = p.rng.randint(0, 7)
        p.emit("def %s(n):" % g, "    if n <= 1:", "        return 1",
               "    return n * %s(n - 1) %s %s(n - 2)" % (g, p.rng.choice("+-"), g))
        p.emit("print(%s(%d))" % (g, n))


def piece_closure(p):
    mk, count = p.name("make"), p.name("counter")
    p.emit("def %s(start):" % mk, "    total = start", "    def step(by=1):",
           "        nonlocal total", "        total += by", "        return total",
           "    return step")
    p.emit("%s = %s(%s)" % (count, mk, int_expr(p, 0)))
    p.emit("print(%s(), %s(%d), %s(by=%d))" % (count, count, p.small(), count, p.small()))
    fs = p.name("fs")
    # lambdas made in a loop, not in a comprehension: a lambda in a comprehension that names
    # its variable is refused ("closures over comprehension variables are not supported yet")
    p.emit("%s = []" % fs, "for k in range(%d):" % p.rng.randint(1, 4),
           "    %s.append(lambda v, k=k: v * k)" % fs)
    late = p.name("late")
    p.emit("%s = []" % late, "for k in range(3):", "    %s.append(lambda v: v + k)" % late)
    p.emit("print([g(1) for g in %s])" % late)
    p.emit("print([g(%d) for g in %s])" % (p.small(), fs))
    if p.chance(0.5):
        g = p.name("glob")
        p.define(INT, int_expr(p, 0), g)
        f = p.name("bump")
        p.emit("def %s():" % f, "    global %s" % g, "    %s = %s + 1" % (g, g),
               "    return %s" % g)
        p.emit("print(%s(), %s)" % (f, g))


def piece_class(p):
    base, sub = p.name("Base"), p.name("Sub")
    p.emit("class %s:" % base,
           "    count = 0",
           "    def __init__(self, value, tag=%r):" % p.rng.choice(WORDS),
           "        self.value = value",
           "        self.tag = tag",
           "        %s.count += 1" % base,
           "    def __repr__(self):",
           "        return f'%s({self.value!r}, {self.tag!r})'" % base,
           "    def __eq__(self, other):",
           "        return isinstance(other, %s) and self.value == other.value" % base,
           "    def __lt__(self, other):",
           "        return self.value < other.value",
           "    def __add__(self, other):",
           "        return type(self)(self.value + other.value, self.tag)",
           "    def __len__(self):",
           "        return len(str(self.value))",
           "    def describe(self):",
           "        return self.tag + ':' + str(self.value)")
    p.emit("class %s(%s):" % (sub, base),
           "    def __init__(self, value, tag='sub', extra=None):",
           "        super().__init__(value, tag)",
           "        self.extra = extra if extra is not None else []",
           "    def describe(self):",
           "        return 'sub ' + super().describe()",
           "    @staticmethod",
           "    def twice(v):",
           "        return v * 2",
           "    @classmethod",
           "    def make(cls, v):",
           "        return cls(v)")
    objs = []
    for _ in range(p.rng.randint(2, 4)):
        o = p.name("obj")
        cls = p.rng.choice((base, sub))
        p.emit("%s = %s(%s)" % (o, cls, int_expr(p, 0)))
        objs.append(o)
    a, b = objs[0], objs[1]
    p.emit("print(%s, %s == %s, %s < %s, %s + %s, len(%s))" % (a, a, b, a, b, a, b, a))
    p.emit("print(sorted([%s]), %s.count)" % (", ".join(objs), base))
    p.emit("print(%s.describe(), %s.twice(%s), %s.make(%d))" % (
        objs[-1], sub, p.small(), sub, p.small()))
    p.emit("%s.value = %s" % (a, int_expr(p, 0)))
    p.emit("%s.note = %r" % (b, p.rng.choice(WORDS)))
    # not vars(obj) nor obj.__dict__: memstep refuses both as Unsupported
    p.emit("print(isinstance(%s, %s), %s.value, %s.note)" % (b, sub, b, b))


def piece_exceptions(p):
    err = p.name("Err")
    p.emit("class %s(Exception):" % err, "    pass")
    f = p.name("risky")
    p.emit("def %s(n, d):" % f,
           "    if n < 0:",
           "        raise %s('negative: ' + str(n))" % err,
           "    return [10, 20, 30][n] // d")
    for _ in range(p.rng.randint(1, 3)):
        n, d = p.rng.randint(-2, 4), p.rng.choice((0, 1, 3))
        p.emit("try:",
               "    print(%s(%d, %d))" % (f, n, d),
               "except (IndexError, ZeroDivisionError) as e:",
               "    print('caught', type(e).__name__, e)",
               "except %s as e:" % err,
               "    print('mine', e.args)",
               "else:",
               "    print('no error')",
               "finally:",
               "    print('finally')")
    d = p.var(DICT)
    if d:
        p.emit("try:", "    %s[%r] += 1" % (d, p.rng.choice(WORDS)),
               "except KeyError as e:", "    print('missing', e)")
    p.emit("try:",
           "    try:",
           "        int(%r)" % p.rng.choice(("12", "x1", "", " 7 ")),
           "    except ValueError as inner:",
           "        raise %s('wrapped') from inner" % err,
           "except %s as outer:" % err,
           "    print(outer, type(outer.__cause__).__name__)")


def piece_generator(p):
    g = p.name("gen")
    p.emit("def %s(limit):" % g,
           "    n = 0",
           "    while n < limit:",
           "        got = yield n * n",
           "        if got is not None:",
           "            n += got",
           "        n += 1",
           "    return 'done'")
    it = p.name("it")
    # limit >= 3 and a sent value <= 1: the send() still finds a yield (no StopIteration)
    p.emit("%s = %s(%d)" % (it, g, p.rng.randint(3, MAX_LOOP)))
    p.emit("print(next(%s), %s.send(%d), list(%s))" % (it, it, p.rng.randint(0, 1), it))
    p.emit("print(sum(%s(%d)), [v for v in %s(%d) if v %% 2])" % (
        g, p.rng.randint(0, MAX_LOOP), g, p.rng.randint(0, MAX_LOOP)))
    w = p.name("wrap")
    p.emit("def %s():" % w, "    result = yield from %s(%d)" % (g, p.rng.randint(0, 3)),
           "    yield result")
    p.emit("print(list(%s()))" % w)
    p.emit("print(list(zip(%s(3), 'abc')), list(map(str, %s(2))), list(reversed([1, 2, 3])))"
           % (g, g))


def piece_control(p):
    i, acc = p.name("i"), p.name("acc")
    p.emit("%s = %s" % (acc, int_expr(p, 0)))
    p.emit("for %s in range(%d):" % (i, p.rng.randint(0, MAX_LOOP)),
           "    if %s %% 3 == %d:" % (i, p.rng.randint(0, 2)),
           "        continue",
           "    elif %s > %d:" % (i, p.rng.randint(2, 6)),
           "        break",
           "    %s += %s" % (acc, i),
           "else:",
           "    %s -= 1" % acc)
    w = p.name("w")
    p.emit("%s = %d" % (w, p.rng.randint(0, MAX_LOOP)),
           "while %s:" % w,
           "    %s -= 1" % w,
           "    %s = %s * 2 if %s %% 2 else %s - %s" % (acc, acc, w, acc, w))
    p.emit("print(%s, %s)" % (acc, bool_expr(p)))
    p.vars[INT].append(acc)


def piece_modules(p):
    choices = [
        "print(math.gcd(%s, %s), math.factorial(%d), math.isqrt(abs(%s)), math.comb(%d, %d))"
        % (int_expr(p, 1), int_expr(p, 1), p.rng.randint(0, 25), int_expr(p, 1),
           p.rng.randint(5, 30), p.rng.randint(0, 5)),
        "print(math.floor(%s), math.ceil(%s), math.pi, math.inf > %s)"
        % (float_expr(p, 1), float_expr(p, 1), int_expr(p, 1)),
        "dq = collections.deque(%s, maxlen=%d)\ndq.appendleft(%s)\ndq.rotate(%d)\nprint(dq, "
        "list(dq))" % (list_expr(p, 0), p.rng.randint(1, 5), int_expr(p, 0), p.small(-2, 2)),
        "cnt = collections.Counter(%s)\nprint(cnt.most_common(2), cnt[%r])"
        % (str_expr(p, 1), p.rng.choice("aeo")),
        "dd = collections.defaultdict(list)\nfor k in %s:\n    dd[k %% 3].append(k)\n"
        "print(dict(dd))" % (p.var(LIST) or "[4, 5, 6]"),
        "Point = collections.namedtuple('Point', 'x y')\npt = Point(%s, y=%d)\nprint(pt, pt.x, "
        "pt._replace(y=0))" % (int_expr(p, 0), p.small()),
        "heap = %s\nheapq.heapify(heap)\nheapq.heappush(heap, %s)\nprint(heapq.heappop(heap) "
        "if heap else None, heapq.nsmallest(2, heap), heap)" % (list_expr(p, 0), int_expr(p, 0)),
        "srt = sorted(%s)\nbisect.insort(srt, %s)\nprint(srt, bisect.bisect_left(srt, %d))"
        % (list_expr(p, 0), int_expr(p, 0), p.small()),
        "print(functools.reduce(operator.add, %s, %d), functools.partial(pow, 2)(%d))"
        % (list_expr(p, 0), p.small(), p.rng.randint(0, 70)),
        "print(list(itertools.islice(itertools.count(%d, %d), 4)), list(itertools.accumulate(%s)))"
        % (p.small(), p.rng.randint(1, 3), list_expr(p, 0)),
        "print(list(itertools.product('ab', repeat=2)), list(itertools.chain(%s, %s)))"
        % (list_expr(p, 0), list_expr(p, 0)),
        "print([(k, len(list(g))) for k, g in itertools.groupby(sorted(%s))])"
        % str_expr(p, 1),
        "print(sorted(%s, key=operator.itemgetter(1)), operator.mul(%s, 3))"
        % ("[(1, 'b'), (2, 'a'), (0, 'c')]", int_expr(p, 0)),
        "print(string.ascii_lowercase[%s], string.digits.find(%r))"
        % (slice_text(p), str(p.rng.randint(0, 9))),
        "deep = [%s, [%s]]\nshallow = copy.copy(deep)\nclone = copy.deepcopy(deep)\n"
        "print(shallow[1] is deep[1], clone[1] is deep[1], clone == deep)"
        % (list_expr(p, 0), list_expr(p, 0)),
    ]
    for text in p.rng.sample(choices, p.rng.randint(1, 3)):
        p.emit(*text.split("\n"))


def piece_with(p):
    cm = p.name("Ctx")
    p.emit("class %s:" % cm,
           "    def __init__(self, name):",
           "        self.name = name",
           "    def __enter__(self):",
           "        print('enter', self.name)",
           "        return self",
           "    def __exit__(self, kind, value, tb):",
           "        print('exit', self.name, kind.__name__ if kind else None)",
           "        return %s" % p.rng.choice(("True", "False", "None")))
    p.emit("try:",
           "    with %s(%r) as ctx:" % (cm, p.rng.choice(WORDS)),
           "        print(ctx.name)",
           "        %s" % p.rng.choice(("raise KeyError('k')", "pass", "print(1 // 1)")),
           "except KeyError as e:",
           "    print('escaped', e)")


def piece_del(p):
    kind = p.rng.choice((INT, STR, LIST))
    v = p.var(kind)
    if v is None:
        return
    p.emit("del %s" % v)
    p.vars[kind].remove(v)
    for kinds in p.vars.values():
        if v in kinds:
            kinds.remove(v)
    if p.chance(0.7):
        # bound again: it now comes last in the module's names (binding order)
        p.define(kind, {INT: int_expr, STR: str_expr, LIST: list_expr}[kind](p, 1), v)


PIECES = (piece_assign, piece_alias, piece_collections, piece_comprehension, piece_function,
          piece_closure, piece_class, piece_exceptions, piece_generator, piece_control,
          piece_modules, piece_with, piece_del)


def generate(seed, index):
    """The program for (seed, index): the same text every time."""
    rng = random.Random(seed * 1_000_003 + index)
    p = Program(rng)
    p.emit("# difffuzz seed %d index %d" % (seed, index),
           "import bisect, collections, copy, functools, heapq, itertools, math, operator, string")
    p.define(INT, int_literal(p))
    p.define(LIST, list_expr(p, 0))
    p.define(STR, str_expr(p, 0))
    for _ in range(rng.randint(3, MAX_PIECES)):
        rng.choice(PIECES)(p)
    return "\n".join(p.lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("index", type=int)
    args = parser.parse_args()
    print(generate(args.seed, args.index), end="")


if __name__ == "__main__":
    main()
