# Kernel: tuples and lists unpacked into names and swapped, over and over (sequence unpacking).
def unpack_tuples(rounds):
    record = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
    total = 0
    for _ in range(rounds):
        a, b, c, d, e, f, g, h, i, j = record
        a, b, c, d, e, f, g, h, i, j = record
        a, b, c, d, e, f, g, h, i, j = record
        a, b, c, d, e, f, g, h, i, j = record
        total += a + j
    return total


def unpack_lists(rounds):
    record = [10, 20, 30, 40, 50]
    total = 0
    for _ in range(rounds):
        a, b, c, d, e = record
        a, b, c, d, e = record
        a, b, c, d, e = record
        a, b, c, d, e = record
        total += c
    return total


def swaps(rounds):
    x, y, z = 1, 2, 3
    for _ in range(rounds):
        x, y = y, x
        y, z = z, y
        x, y, z = z, x, y
    return x * 100 + y * 10 + z


def starred(rounds):
    row = (3, 1, 4, 1, 5, 9, 2, 6)
    total = 0
    for _ in range(rounds):
        first, *middle, last = row
        total += first + last + len(middle)
    return total


SIZE = 700_000  # recorded with 70_000 (bench/run.py)
print(unpack_tuples(SIZE), unpack_lists(SIZE), swaps(SIZE), starred(SIZE))
