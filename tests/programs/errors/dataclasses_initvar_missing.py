# a dataclass's InitVar without a default is a required __init__ argument: leaving it out raises TypeError
from dataclasses import dataclass, InitVar


@dataclass
class Point:
    x: int
    scale: InitVar[int]

    def __post_init__(self, scale):
        self.x *= scale


p = Point(2)
