# unsupported: tuple line 11
from typing import Protocol, runtime_checkable


@runtime_checkable
class P(Protocol):
    def f(self): ...


x = 5
print(isinstance(x, (int, P)))
