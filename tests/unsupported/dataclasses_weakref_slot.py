# unsupported: weakref_slot line 5
from dataclasses import dataclass


@dataclass(slots=True, weakref_slot=True)
class Point:
    x: int
