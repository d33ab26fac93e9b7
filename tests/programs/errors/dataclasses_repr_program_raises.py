# the program's own __repr__ raising inside a dataclass's generated __repr__ gives CPython's traceback
from dataclasses import dataclass


class Broken:
    def __repr__(self):
        return 1 / 0


@dataclass
class Holder:
    thing: Broken


h = Holder(Broken())
try:
    print(h)
except ZeroDivisionError as e:
    print("caught", e)
print(h)
