# unsupported: dict_factory line 10
from dataclasses import asdict, dataclass


@dataclass
class Point:
    x: int


print(asdict(Point(1), dict_factory=list))
