# unsupported: InitVar line 12
from dataclasses import dataclass, replace, InitVar


@dataclass
class P:
    x: int
    scale: InitVar[int] = 1


p = P(1)
q = replace(p, x=2)
