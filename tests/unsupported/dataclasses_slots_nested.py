# unsupported: inside line 6
from dataclasses import dataclass


class Shapes:
    @dataclass(slots=True)
    class Point:
        x: int
