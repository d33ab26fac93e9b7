# slots inherited: a slotted subclass adds its own, a subclass without __slots__ has a __dict__
class Base:
    __slots__ = "a"


class Slotted(Base):
    __slots__ = ("b", "c")


class Free(Base):
    pass


s = Slotted()
s.c = 3
s.a = 1
s.b = 2
del s.c
f = Free()
f.extra = "yes"
f.a = 0
print(s.a, s.b, f.a, f.extra, hasattr(s, "c"))
try:
    s.d = 4
except AttributeError as e:
    print(e)
