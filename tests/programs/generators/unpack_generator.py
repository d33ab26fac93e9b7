# unpacking and star-args consume a generator
def three():
    yield 1
    yield 2
    yield 3

a, b, c = three()
first, *rest = three()
print(a, b, c, first, rest)
print(*three())
