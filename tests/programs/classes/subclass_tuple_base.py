# A subclass of tuple made through the base, with an attribute; tuple() and slices give plain tuples
class Pair(tuple):
    def swap(self):
        return Pair(reversed(self))


e = Pair()
p = Pair([1, "a"])
p.note = "first"
s = p.swap()
print(e, p, s, p.note, type(s).__name__, e == (), len(e), type(tuple(p)).__name__, p * 1, p * 2)
print(repr(p), str(p), p[0], p[-1:], hash(p) == hash((1, "a")), Pair("ab"), tuple.__new__(Pair, [3]))
