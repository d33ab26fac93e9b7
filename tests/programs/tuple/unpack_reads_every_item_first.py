# Unpacking reads all the items before the first store: a list unpacked into its own slots, a tuple whose only name is one of the targets.
a = [1, 2]
a[1], a[0] = a
print(a)

b = [10, 20, 30]
b[2], *b[0:1], b[1] = b
print(b)

t = (3, [4, 5])
first, t = t
print(first, t)

u = ("x", "y", "z")
head, *u, tail = u
print(head, u, tail)

pair = (6, 7)
pair, other = pair
print(pair, other)
