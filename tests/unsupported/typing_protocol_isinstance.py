# unsupported: issubclass() line 7
from typing import Protocol
class P(Protocol):
    def f(self): ...
class C:
    def f(self): return 1
print(isinstance(C(), P))
