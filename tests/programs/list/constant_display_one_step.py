# A multi-line list of three or more constants is one step on its first line (a folded tuple)
numbers = [
    1,
    -2,
    3.5,
    "four",
    (5, 6),
    2 ** 10,
]
pair = [
    1,
    2,
]
mixed = [
    1,
    len(pair),
    3,
]
print(numbers, pair, mixed)
