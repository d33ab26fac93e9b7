# unsupported: frozen=True line 5
from dataclasses import dataclass


@dataclass(slots=True, frozen=True)
class P:
    x: int
