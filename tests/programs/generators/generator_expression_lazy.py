# a generator expression computes each item only when asked
def show(x):
    print("computing", x)
    return x * 10

g = (show(x) for x in [1, 2, 3])
print("made")
print(next(g))
print(next(g))
