# unsupported: kw_only line 5
from dataclasses import dataclass


@dataclass(kw_only=True)
class Point:
    x: int
