# unsupported: Protocol[T] line 4
from typing import Protocol, TypeVar
T = TypeVar("T")
class P(Protocol[T]):
    def f(self) -> T: ...
