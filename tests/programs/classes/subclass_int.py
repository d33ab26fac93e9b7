# A subclass of int: made through the base, its arithmetic gives plain ints, attributes and methods
class Num(int):
    def double(self):
        return Num(self * 2)


a = Num(3)
b = a + 1
c = a.double()
print(a, b, c, type(a).__name__, type(b).__name__, type(c).__name__)
print(isinstance(a, int), isinstance(a, Num), a == 3, a is Num(3))
print(repr(a), str(a), f"{a:>4}", hash(a) == hash(3))
d = {a: "three"}
print(d[3], 3 in d, a < 4, -a, abs(Num(-2)), int(a), type(int(a)).__name__)
a.label = "three"
print(a.label, a.bit_length(), Num("17"), Num("ff", 16))
