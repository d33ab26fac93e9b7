# A subclass of float made through __new__, with an attribute set in __init__ and a __repr__
class Temp(float):
    def __new__(cls, value, unit="C"):
        return super().__new__(cls, value)

    def __init__(self, value, unit="C"):
        self.unit = unit

    def __repr__(self):
        return f"Temp({float(self)}, {self.unit!r})"

    def __str__(self):
        return f"{float(self):.1f}°{self.unit}"


t = Temp(21.5)
f = Temp(70, "F")
print(t, f, repr(t), [t, f])
u = t + 1
print(u, type(u).__name__, t * 2, t > 20, round(t), type(t).__name__)
print(t.unit, f.unit, t.is_integer(), Temp("2.5"))
