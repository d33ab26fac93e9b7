# a comprehension's iterable fails on a line of its own
def rows():
    return 5


table = [
    x
    for x in
    rows()
]
