# assigning to a field of a frozen dataclass raises FrozenInstanceError
from dataclasses import dataclass


@dataclass(frozen=True)
class Point:
    x: int


p = Point(1)
p.x = 2
