# self-test program for compare.py: equal but distinct lists, an alias, a call and output
a = [1, 2]
b = [1, 2]
c = a


def grow(items, extra):
    items.append(extra)
    return len(items)


n = grow(c, 300)
print(a, b, n)
