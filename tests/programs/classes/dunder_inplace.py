# += uses __iadd__ when defined (same object), else __add__ (a new object)
class Bag:
    def __init__(self):
        self.items = []

    def __iadd__(self, item):
        self.items.append(item)
        return self

class Num:
    def __init__(self, n):
        self.n = n

    def __add__(self, other):
        return Num(self.n + other)

b = Bag()
before = b
b += "apple"
print(b is before, b.items)
n = Num(1)
old = n
n += 2
print(n is old, n.n)
