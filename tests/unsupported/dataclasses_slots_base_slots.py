# unsupported: __slots__ line 9
from dataclasses import dataclass


class Base:
    __slots__ = ("a",)


@dataclass(slots=True)
class P(Base):
    x: int
