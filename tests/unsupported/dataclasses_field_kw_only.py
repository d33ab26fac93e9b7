# unsupported: kw_only line 7
from dataclasses import dataclass, field


@dataclass
class Point:
    x: int = field(kw_only=True, default=0)
