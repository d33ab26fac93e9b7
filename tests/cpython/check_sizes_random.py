#!/usr/bin/env python3
"""Compares memstep's sys.getsizeof of lists and sets with python3's after random operations.

The rule it checks (issue #17): a list's size is CPython 3.11's, and that follows how the list
was built and grew (list_resize's over-allocation, the exact sizes of copies, slices, + and *,
list() and extend() presizing from a length or a guess of 8). From a seed, it builds lists in
every way the model knows (displays, comprehensions, list() of sequences and iterators, copies,
slices, + and *, str and bytes split/rsplit/splitlines, starred names, re.findall and re.split,
copy, random.sample and choices, array's tolist, Counter.most_common()), applies random appends, inserts, pops, removals, deletions, slice
assignments, extends, +=, *=, clears, sorts and re-initialisations, and prints the size after
each. Sets of small ints (whose hash is the same in every run) are built from displays,
set(), frozenset(), comprehensions and the operators, then changed by add, discard, pop,
update, the in-place operators, the *_update methods and clear, and their sizes printed too.
Dicts of str and int keys are made by displays (up to 16 items), comprehensions, dict() of
names, pairs and dicts, fromkeys, copy() and |, then changed by stores, setdefault, del, pop,
popitem (only before a deletion: memstep refuses the size after one), update, |=, clear,
copy() and dict(), and their sizes printed.
python3 and `memstep-trace --run` must print the same lines. A difference prints the operation
and both lines.

Usage: check_sizes_random.py --memstep PATH [--seed N] [--count N] [--verbose]
       check_sizes_random.py --self-test   (the checker against a doctored getsizeof; must fail)
"""

import random
import sys

import checker_cli

PRINTER = '''import array
import collections
import copy
import random
import re
import sys

random.seed(0)


def gen(n):
    for i in range(n):
        yield i


def starred(items, before, after):
    """The starred name's list of an unpacking with `before` and `after` other names."""
    if before and after:
        _, *rest, _ = items
    elif before:
        _, *rest = items
    elif after:
        *rest, _ = items
    else:
        *rest, = items
    return rest


x = 7
'''


def iterable(rng, k):
    """Source text of an iterable of k items, of a kind chosen at random."""
    return rng.choice([
        "[x] * %d" % k,
        "(%s)" % "".join("x, " for _ in range(k)),
        "range(%d)" % k,
        "gen(%d)" % k,
        "(i for i in range(%d))" % k,
        "map(abs, range(%d))" % k,
        "filter(None, range(1, %d))" % (k + 1),
        "zip(range(%d), range(%d))" % (k, k),
        "enumerate(range(%d))" % k,
        "iter(list(range(%d)))" % k,
        "reversed(list(range(%d)))" % k,
        "%r" % ("a" * k),
        "dict.fromkeys(range(%d))" % k,
        "set(range(%d))" % k,
        "{i: i for i in range(%d)}.values()" % k,
    ])


def creation(rng):
    """(source text of a new list, its length)."""
    k = rng.choice([0, 1, 2, 3, 4, 5, 7, 8, 9, 12, 16, 17, 25, 33, 40])
    kind = rng.randrange(16)
    if kind == 0:
        return "[%s]" % ", ".join("x" for _ in range(k)), k
    if kind == 1:
        return "[%s]" % ", ".join(str(i) for i in range(k)), k
    if kind == 2:
        return "[i for i in range(%d)]" % k, k
    if kind == 3:
        src = iterable(rng, k)
        return "list(%s)" % src, None
    if kind == 4:
        return "[x] * %d" % k, k
    if kind == 5:
        j = rng.randint(0, 9)
        return "[x] * %d + [x] * %d" % (k, j), k + j
    if kind == 6:
        return "list(range(%d))[%d:%d]" % (k, rng.randint(0, 5), rng.randint(0, 40)), None
    if kind == 7:
        return "list(range(%d))[::%d]" % (k, rng.choice([2, 3, -1, -2])), None
    if kind == 8:
        return "sorted(%s)" % rng.choice(["range(%d)" % k, "gen(%d)" % k, "'%s'" % ("b" * k)]), None
    if kind == 9:
        return "[*%s]" % iterable(rng, k), None
    if kind == 10:
        return "[x, x, *%s, x]" % iterable(rng, k), None
    if kind == 11:
        return split(rng, k), None
    if kind == 12:
        return rng.choice([
            "re.findall('a', %r)" % ("ab" * k),
            "re.split(',', %r)" % (",a" * k),
            "copy.copy([x] * %d)" % k,
            "copy.deepcopy([x] * %d)" % k,
            "random.sample(range(40), %d)" % k,
            "random.choices(range(5), k=%d)" % k,
            "array.array('i', range(%d)).tolist()" % k,
            "collections.Counter(range(%d)).most_common()" % k,
        ]), None
    if kind == 13:
        return "starred(%s, %d, %d)" % (iterable(rng, k + 2), rng.randint(0, 1),
                                        rng.randint(0, 1)), None
    return "list(range(%d)).copy()" % k, k


def split(rng, k):
    """Source text of a str or bytes split into about k parts."""
    word = rng.choice(["a", "ab", "\u00e9", "\u20ac", "\U0001f600"])
    sep = rng.choice([" ", ",", ", ", "\u20ac", "longer than the text"])
    parts = [word] * k
    maxsplit = rng.choice([-1, -1, 0, 1, 3, 11, 12, 13, 20])
    return rng.choice([
        "%r.split()" % sep.join(parts),
        "%r.split(%r, %d)" % (sep.join(parts), sep, maxsplit),
        "%r.rsplit(%r, %d)" % (sep.join(parts), sep, maxsplit),
        "%r.rsplit(maxsplit=%d)" % (" ".join(parts), maxsplit),
        "%r.split(%r)" % ("\n".join(parts), "\n"),
        "%r.splitlines()" % "\n".join(parts),
        "%r.splitlines(True)" % "\r\n".join(parts),
        "%r.split()" % ("a " * k).encode(),
        "bytearray(%r).rsplit(b',', %d)" % ((",a" * k).encode(), maxsplit),
        "%r.splitlines()" % ("a\n" * k).encode(),
    ])


def operation(rng):
    """Source text of one operation on `a` that cannot fail whatever its length."""
    k = rng.choice([0, 1, 2, 3, 5, 8, 9, 20])
    i = rng.randint(-6, 6)
    return rng.choice([
        "a.append(x)", "a.append(x)", "a.append(x)", "a.append(x)",
        "for _ in range(%d): a.append(x)" % k,
        "a.insert(%d, x)" % i,
        "if a: a.pop()", "if a: a.pop()", "if a: a.pop(0)",
        "for _ in range(%d):\n    if a: a.pop()" % k,
        "if a: del a[%d %% len(a)]" % abs(i),
        "if x in a: a.remove(x)",
        "del a[%d:%d]" % (rng.randint(-5, 5), rng.randint(-5, 10)),
        "del a[::%d]" % rng.choice([2, 3, -1, -2]),
        "del a[:]",
        "a[%d:%d] = %s" % (rng.randint(-5, 5), rng.randint(-5, 10), iterable(rng, k)),
        "a[:] = []",
        "a.extend(%s)" % iterable(rng, k),
        "a.extend(%s)" % iterable(rng, k),
        "a.extend(a)",
        "a += %s" % iterable(rng, k),
        "a *= %d" % rng.choice([0, 1, 2, 3, -1]),
        "a.clear()",
        "a.sort(key=str)",
        "a.reverse()",
        "a.__init__(%s)" % iterable(rng, k),
        "a = a + [x] * %d" % k,
        "a = a[:]",
        "a = a * %d" % rng.choice([0, 1, 2]),
    ])


def ints(rng):
    """Source text of an iterable of small ints (their hash is their value in every run)."""
    k = rng.choice([0, 1, 2, 3, 4, 5, 6, 8, 10, 13, 20, 40, 100])
    lo = rng.randint(-20, 60)
    return rng.choice([
        "range(%d, %d)" % (lo, lo + k),
        "[%s]" % ", ".join(str(rng.randint(-30, 90)) for _ in range(k)),
        "(i * %d for i in range(%d))" % (rng.choice([1, 2, 8, 32]), k),
        "{%s}" % ", ".join(str(rng.randint(-30, 90)) for _ in range(max(k, 1))),
        "frozenset(range(%d, %d))" % (lo, lo + k),
        "dict.fromkeys(range(%d))" % k,
    ])


def set_creation(rng):
    """Source text of a new set or frozenset."""
    k = rng.choice([0, 1, 2, 3, 4, 5, 6, 8, 10, 20, 50])
    return rng.choice([
        "{%s}" % ", ".join(str(i) for i in range(max(k, 1))),
        "{%s}" % ", ".join("x + %d" % i for i in range(max(k, 1))),
        "set()",
        "set(%s)" % ints(rng),
        "frozenset(%s)" % ints(rng),
        "{i for i in %s}" % ints(rng),
        "set(%s) | set(%s)" % (ints(rng), ints(rng)),
        "set(%s) & set(%s)" % (ints(rng), ints(rng)),
        "set(%s) - set(%s)" % (ints(rng), ints(rng)),
        "set(%s) ^ set(%s)" % (ints(rng), ints(rng)),
        "set(%s).copy()" % ints(rng),
        "set(set(%s))" % ints(rng),
        "{*%s, *%s}" % (ints(rng), ints(rng)),
    ])


def set_operation(rng):
    """Source text of one operation on the set `s` that cannot fail."""
    v = rng.randint(-30, 120)
    return rng.choice([
        "s.add(%d)" % v, "s.add(%d)" % v,
        "for i in range(%d): s.add(i * %d)" % (rng.randint(1, 40), rng.choice([1, 3, 8])),
        "s.discard(%d)" % v,
        "for i in range(%d): s.discard(i)" % rng.randint(1, 40),
        "if s: s.pop()",
        "s.update(%s)" % ints(rng),
        "s |= set(%s)" % ints(rng),
        "s &= set(%s)" % ints(rng),
        "s -= set(%s)" % ints(rng),
        "s ^= set(%s)" % ints(rng),
        "s.difference_update(%s)" % ints(rng),
        "s.intersection_update(%s)" % ints(rng),
        "s.symmetric_difference_update(%s)" % ints(rng),
        "s.clear()",
        "s = s.copy()",
        "s = set(s)",
        "s = s | set(%s)" % ints(rng),
        "s = s - set(%s)" % ints(rng),
    ])


def set_case(rng, lines, cases):
    made = set_creation(rng)
    cases.append("s = " + made)
    lines.append("s = %s\nprint(%d, len(s), sys.getsizeof(s))\n" % (made, len(cases)))
    if made.startswith("frozenset"):
        return
    lines.append("s = set(s) if type(s) is frozenset else s\n")
    for _ in range(rng.randint(1, 10)):
        op = set_operation(rng)
        cases.append(op)
        lines.append("%s\nprint(%d, len(s), sys.getsizeof(s))\n" % (op, len(cases)))


def key(rng, strs=None):
    """Source text of a key: an exact str or a small int (hashes of both need no seed here:
    a dict's size and order follow its insertions, not its hashes)."""
    if strs is None:
        strs = rng.random() < 0.6
    return ("'k%d'" % rng.randrange(40)) if strs else str(rng.randrange(-5, 40))


def keys(rng, k):
    strs = rng.choice([True, True, False, None])
    return [key(rng, strs) for _ in range(k)]


def dict_creation(rng):
    """Source text of a new dict, made in one of the ways the model knows."""
    k = rng.choice([0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 16, 20, 22, 40])
    small = min(k, 16)  # a longer display is built in runs, not modelled
    return rng.choice([
        "{%s}" % ", ".join("%s: %d" % (kk, i) for i, kk in enumerate(keys(rng, small))),
        "{%s}" % ", ".join("%s: x" % kk for kk in keys(rng, small)),
        "{%s}" % ", ".join("(%s): x" % kk for kk in keys(rng, small)),
        "{i: i for i in range(%d)}" % k,
        "{str(i): i for i in range(%d)}" % k,
        "dict()",
        "dict(%s)" % ", ".join("a%d=%d" % (i, i) for i in range(k)),
        "dict([%s])" % ", ".join("(%s, x)" % kk for kk in keys(rng, k)),
        "dict({%s})" % ", ".join("%s: x" % kk for kk in keys(rng, small)),
        "dict.fromkeys(range(%d))" % k,
        "dict.fromkeys([%s])" % ", ".join(keys(rng, k)),
        "dict.fromkeys(set(range(%d)))" % k,
        "dict.fromkeys({%s})" % ", ".join("%s: x" % kk for kk in keys(rng, small)),
        "{%s}.copy()" % ", ".join("%s: x" % kk for kk in keys(rng, small)),
        "{%s} | {%s}" % (", ".join("%s: x" % kk for kk in keys(rng, min(k, 6))),
                         ", ".join("%s: x" % kk for kk in keys(rng, small))),
    ])


def dict_operation(rng, deleted):
    """Source text of one operation on the dict `d` that cannot fail. popitem after a deletion
    is refused by memstep (the table's entry count is not modelled then), so it comes only
    while `deleted` is false."""
    k = rng.choice([1, 2, 3, 5, 8, 12, 20])
    kk = key(rng)
    ops = [
        "d[%s] = x" % kk, "d[%s] = x" % kk, "d[%s] = x" % kk,
        "for i in range(%d): d[i * %d] = x" % (k, rng.choice([1, 3])),
        "for i in range(%d): d['s%%d' %% i] = x" % k,
        "d.setdefault(%s, x)" % kk,
        "if %s in d: del d[%s]" % (kk, kk),
        "d.pop(%s, None)" % kk,
        "for i in range(%d): d.pop(i, None)" % k,
        "for i in range(%d): d.pop('k%%d' %% i, None)" % k,
        "d.update({%s})" % ", ".join("%s: x" % kk for kk in keys(rng, min(k, 16))),
        "d.update([%s])" % ", ".join("(%s, x)" % kk for kk in keys(rng, k)),
        "d.update(%s)" % ", ".join("b%d=x" % i for i in range(k)),
        "d |= {%s}" % ", ".join("%s: x" % kk for kk in keys(rng, min(k, 16))),
        "d.clear()",
        "d = d.copy()",
        "d = dict(d)",
        "d = d | {%s: x}" % kk,
    ]
    if not deleted:
        ops += ["if d: d.popitem()", "for _ in range(%d):\n    if d: d.popitem()" % k]
    return rng.choice(ops)


def dict_case(rng, lines, cases):
    made = dict_creation(rng)
    cases.append("d = " + made)
    lines.append("d = %s\nprint(%d, len(d), sys.getsizeof(d))\n" % (made, len(cases)))
    deleted = False
    for _ in range(rng.randint(1, 12)):
        op = dict_operation(rng, deleted)
        if "pop(" in op or "del " in op:
            deleted = True
        if op == "d.clear()":
            deleted = False
        cases.append(op.replace("\n", " "))
        lines.append("%s\nprint(%d, len(d), sys.getsizeof(d))\n" % (op, len(cases)))


def program(seed, count):
    rng = random.Random(seed)
    lines = [PRINTER]
    cases = []
    while len(cases) < count:
        roll = rng.random()
        if roll < 0.3:
            set_case(rng, lines, cases)
            continue
        if roll < 0.6:
            dict_case(rng, lines, cases)
            continue
        made, _ = creation(rng)
        cases.append("a = " + made)
        lines.append("a = %s\nprint(%d, len(a), sys.getsizeof(a))\n" % (made, len(cases)))
        for _ in range(rng.randint(1, 12)):
            op = operation(rng)
            cases.append(op.replace("\n", " "))
            lines.append("%s\nprint(%d, len(a), sys.getsizeof(a))\n" % (op, len(cases)))
    return "".join(lines), cases


def check(command, seed, count, verbose, python=(sys.executable,)):
    source, cases = program(seed, count)
    return checker_cli.random_check(command, source, lambda line: cases[int(line.split()[0]) - 1],
                                    seed, "%d list sizes of seed %d as python3 prints them"
                                    % (count, seed), verbose, python)


# The self test's stand-in for memstep: python3 running the program with a getsizeof that
# counts only the items, as a model that ignores over-allocation would.
DOCTORED = """import sys
path = sys.argv[1]
source = open(path).read().replace("sys.getsizeof(a)", "(56 + 8 * len(a))").replace(
    "sys.getsizeof(s)", "(216 + 16 * len(s))").replace(
    "sys.getsizeof(d)", "(64 + 32 * len(d))")
exec(compile(source, path, "exec"), {"__name__": "__main__"})
"""


def self_test():
    return checker_cli.random_self_test(lambda command: check(command, 1, 200, False), DOCTORED,
                                        "sizes without over-allocation",
                                        "the checker fails on a doctored getsizeof")


def main():
    return checker_cli.random_main(__doc__, "list sizes", 3000, check, self_test)


if __name__ == "__main__":
    sys.exit(main())
