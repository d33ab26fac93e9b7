# @dataclass gives a class without a docstring one: its name and its __init__'s signature
from dataclasses import dataclass, field
from typing import Optional

@dataclass
class Point:
    x: int
    y: float = 0.5
    tags: list = field(default_factory=list)

@dataclass
class Labelled(Point):
    label: Optional[str] = None
    parts: list[int] = None

@dataclass
class Documented:
    "My own words."
    n: "int" = 3

@dataclass(init=False)
class Empty:
    a: int = 1

print(Point.__doc__)
print(Point(1).__doc__)
print(Labelled.__doc__)
print(Documented.__doc__)
print(Empty.__doc__)
