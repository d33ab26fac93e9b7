# enumerate() numbers the items of a generator one by one
def names():
    yield "x"
    yield "y"

for i, n in enumerate(names(), 1):
    print(i, n)
