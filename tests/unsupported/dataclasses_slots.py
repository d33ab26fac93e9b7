# unsupported: slots line 5
from dataclasses import dataclass


@dataclass(slots=True)
class P:
    x: int
