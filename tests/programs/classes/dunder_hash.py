# __hash__ and __eq__ together let instances be dict keys and set members
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
