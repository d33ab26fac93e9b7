# a generator expression reads a function's variable through a call it makes on each item
def make(offset):
    def shift(v):
        return v + offset

    return (shift(x) for x in [1, 2])


print(list(make(100)))
