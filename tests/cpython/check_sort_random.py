#!/usr/bin/env python3
"""Compares the comparisons memstep's list.sort makes with python3's on random lists.

The rule it checks: list.sort and sorted() ask a program's __lt__ the same questions, in the
same order, as CPython 3.11's timsort (Objects/listobject.c), since each call is steps of the
trace. From a seed, it draws lists of 0..2000 items of several shapes (random, few distinct
values, two interleaved sorted halves, descending, runs up and down, nearly sorted, all equal),
sorts them through objects whose __lt__ logs each pair it compares, with or without key= and
reverse=True, through list.sort or sorted(), sometimes raising in the k-th comparison; it
prints the number of comparisons, a hash of their sequence and a checksum of the resulting
order (partial, after an exception). python3 and `memstep-trace --run` must print the same lines.

Usage: check_sort_random.py --memstep PATH [--seed N] [--count N] [--verbose]
       check_sort_random.py --self-test   (the checker against another stable sort; must fail)
"""

import random
import sys

import checker_cli

SORTER = r'''class Item:
    log = 0
    calls = 0
    fail_at = 0

    def __init__(self, value, position):
        self.value = value
        self.position = position

    def __lt__(self, other):
        Item.calls += 1
        Item.log = (Item.log * 1000003 + self.position * 4099 + other.position) % 2305843009213693951
        if Item.calls == Item.fail_at:
            raise ArithmeticError("comparison %d" % Item.calls)
        return self.value < other.value


def draw(shape, n, seed, spread):
    values = []
    state = seed

    def rnd(m):
        nonlocal state
        state = (state * 1103515245 + 12345) % 2147483648
        return (state >> 8) % m

    if shape == "random":
        values = [rnd(spread) for _ in range(n)]
    elif shape == "interleaved":
        half = n // 2
        values = [2 * rnd(spread) for _ in range(half)]
        values.sort()
        tail = [2 * rnd(spread) + 1 for _ in range(n - half)]
        tail.sort()
        values += tail
    elif shape == "descending":
        values = [n - i + rnd(2) * spread for i in range(n)]
    elif shape == "runs":
        while len(values) < n:
            length = rnd(spread) + 1
            start = rnd(1000)
            step = 1 if rnd(2) else -1
            values += [start + step * j for j in range(length)]
        values = values[:n]
    elif shape == "nearly":
        values = list(range(n))
        for _ in range(spread % 10 + 1):
            if n:
                values[rnd(n)] = rnd(n)
    else:
        values = [7] * n
    return values


def case(label, shape, n, seed, spread, reverse, keyed, through_sorted, fail_at):
    values = draw(shape, n, seed, spread)
    Item.log = 0
    Item.calls = 0
    Item.fail_at = fail_at
    if keyed:
        items = [(v, i) for i, v in enumerate(values)]
        key = lambda pair: Item(pair[0], pair[1])
    else:
        items = [Item(v, i) for i, v in enumerate(values)]
        key = None
    outcome = "ok"
    try:
        if through_sorted:
            items = sorted(items, key=key, reverse=reverse)
        else:
            items.sort(key=key, reverse=reverse)
    except ArithmeticError as e:
        outcome = str(e)
    positions = [x[1] if keyed else x.position for x in items]
    check = 0
    for p in positions:
        check = (check * 31 + p) % 1000000007
    print(label, Item.calls, Item.log, len(positions), check, outcome)


'''

SHAPES = ["random", "interleaved", "descending", "runs", "nearly", "equal"]


def lengths(rng):
    roll = rng.randrange(4)
    if roll == 0:
        return rng.randint(0, 70)
    if roll == 1:
        return rng.randint(60, 300)
    if roll == 2:
        return rng.choice([64, 65, 127, 128, 129, 255, 256, 257, 1000, 1024, 2000])
    return rng.randint(300, 2000)


def program(seed, count):
    rng = random.Random(seed)
    lines = [SORTER]
    cases = []
    for _ in range(count):
        shape = rng.choice(SHAPES)
        n = lengths(rng)
        spread = rng.choice([2, 3, 10, 50, 1000, 100000])
        reverse = rng.random() < 0.3
        keyed = rng.random() < 0.3
        through_sorted = rng.random() < 0.3
        fail_at = rng.randint(1, 3 * n + 1) if rng.random() < 0.15 else 0
        args = (shape, n, rng.randrange(2 ** 31), spread, reverse, keyed, through_sorted, fail_at)
        cases.append("case%r" % (args,))
        lines.append("case(%d, %s)\n" % (len(cases), ", ".join(repr(a) for a in args)))
    return "".join(lines), cases


def check(command, seed, count, verbose, python=(sys.executable,)):
    source, cases = program(seed, count)
    return checker_cli.random_check(command, source, lambda line: cases[int(line.split()[0]) - 1], seed,
                                    "%d sorts of seed %d compare as python3's do" % (count, seed), verbose, python)


# The self test's stand-in for memstep: python3 with list.sort and sorted() done by a stable
# merge sort of its own, right in its results but asking other questions.
DOCTORED = """import sys
path = sys.argv[1]
source = open(path).read()
source = source.replace("items = sorted(items, ", "items = list(items); other_sort(items, ")
source = source.replace("items.sort(", "other_sort(items, ")


def other_sort(items, key=None, reverse=False):
    keys = [key(x) if key else x for x in items]
    order = list(range(len(items)))
    if reverse:
        order.reverse()

    def merge(part):
        if len(part) < 2:
            return part
        left, right = merge(part[:len(part) // 2]), merge(part[len(part) // 2:])
        out = []
        while left and right:
            out.append(right.pop(0) if keys[right[0]] < keys[left[0]] else left.pop(0))
        return out + left + right

    order = merge(order)
    if reverse:
        order.reverse()
    items[:] = [items[i] for i in order]


exec(compile(source, path, "exec"), {"__name__": "__main__", "other_sort": other_sort})
"""


def self_test():
    return checker_cli.random_self_test(lambda command: check(command, 1, 60, False), DOCTORED,
                                        "a merge sort's comparisons", "the checker fails on another stable sort")


def main():
    return checker_cli.random_main(__doc__, "list.sort", 1000, check, self_test)


if __name__ == "__main__":
    sys.exit(main())
