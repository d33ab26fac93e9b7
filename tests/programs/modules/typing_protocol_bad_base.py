# A Protocol may only derive from other protocols: a built-in base is typing's TypeError
from typing import Protocol

class Plain:
    pass


for base in (Exception, KeyError, Plain):
    try:
        class Bad(base, Protocol):
            pass
    except TypeError as e:
        print("TypeError:", e)


class Shape(Protocol):
    def area(self) -> float: ...


class Solid(Shape, Protocol):
    def volume(self) -> float: ...


print(Solid.__mro__[1].__name__)
