# unsupported: __init__ line 7
from typing import Protocol
class P(Protocol):
    def f(self): ...
class C(P):
    pass
c = C()
