# unsupported: KW_ONLY line 2
from dataclasses import KW_ONLY, dataclass


@dataclass
class Point:
    x: int
    _: KW_ONLY
    y: int = 0
