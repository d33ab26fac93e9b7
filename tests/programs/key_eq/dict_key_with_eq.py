# A dict key whose class defines __eq__ and __hash__: looked up by itself (identity, no call)
# and found again through its hash and __eq__.
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
q = Pair(1, 2)
print(d[q])
print(q in d, Pair(2, 1) in d)
