# min()/max() read their iterable one item at a time: the generator's prints and the key
# function's interleave, as in CPython (they used to collect every item first).
def k(x):
    print("key", x)
    return -x
def g():
    for i in range(3):
        print("gen", i)
        yield i
print(max(g(), key=k))
print(min(3, 1, 2), max([], default=5), max("abc"))
try:
    max(iter([]))
except ValueError as e:
    print(e)
try:
    min(1, 2, default=3)
except TypeError as e:
    print(e)
try:
    max([1, "a"])
except TypeError as e:
    print(e)
print(max([1, 2], key=None))
