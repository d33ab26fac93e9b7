# unsupported: register line 7
from typing import Protocol
class P(Protocol):
    def f(self): ...
class C:
    pass
P.register(C)
