# a generator expression nobody consumes is dropped with what it read
def pairs(a, b):
    return ((x, y) for x in a for y in b)


g = pairs([1, 2], "xy")
print(next(g))
g = None
g = pairs([3], "z")
print(list(g))
