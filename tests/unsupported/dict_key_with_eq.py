# unsupported: __eq__ line 17
# A dict key whose class defines __eq__: memstep's dict compares keys without calling the
# program's __eq__, so a lookup with an equal object would answer by identity (a false
# answer); it refuses instead.
class Pair:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __eq__(self, other):
        return self.a == other.a and self.b == other.b

    def __hash__(self):
        return hash((self.a, self.b))

p = Pair(1, 2)
d = {p: "first"}
print(d[p])
print(hash(p) == hash((1, 2)))
