# A subclass of float: a __new__ that raises, a method keeping the class, arithmetic giving plain floats
class Meters(float):
    def __new__(cls, value):
        if value < 0:
            raise ValueError("negative length")
        return super().__new__(cls, value)

    def plus(self, other):
        return Meters(self + other)

    def __repr__(self):
        return f"{float.__repr__(self)} m"


a = Meters(1.5)
b = a.plus(2)
print(a, b, repr(b), type(b).__name__, a * 2, type(a * 2).__name__, a / 2, a // 1, -a, abs(a))
print(round(a), round(a, 1), int(a), float(a), a == 1.5, a.is_integer(), a.hex(), a < b)
try:
    Meters(-1)
except ValueError as e:
    print("error:", e)
print(Meters(2.25), Meters(3), f"{Meters(2):.2f}", str(Meters(1)), format(b))
