# list(), tuple(), sorted(), list.extend, += and f(*x) call a class's __len__ after its __iter__ (CPython's length hint); set() and for loops do not
class Bag:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)


bag = Bag([3, 1, 2])
a = list(bag)
b = tuple(bag)
c = sorted(bag)
d = [0]
d.extend(bag)
d += bag
e = [*bag, 9]
f = (*bag,)
g = {*bag}
h = set(bag)
print(*bag)
print(max(*bag, 0))
k = bytearray()
k.extend(bag)
for x in bag:
    pass
print(a, b, c, d, e, f, g, h, k)
