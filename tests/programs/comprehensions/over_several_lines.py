# comprehensions formatted over several lines: where each step falls
def numbers(n):
    return range(n)


grid = [
    [r * c
     for c in numbers(
         3)]
    for r in
    numbers(2)
]
flat = sum(
    (v for row in grid
     for v in row),
    start=0,
)
pairs = {
    k:
    v
    for k, v in zip(
        "ab",
        grid)
}
lengths = set(
    len(row) for row in
    grid
)
try:
    bad = [x for x in
           len(grid)]
except TypeError as e:
    print("caught", e)
print(grid, flat, pairs, lengths)
