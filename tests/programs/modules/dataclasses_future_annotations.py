# under `from __future__ import annotations` a dataclass's field types stay text
from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass
class Pair:
    left: int
    right: list[int] | None = None


p = Pair(1)
print(p, [f.type for f in fields(p)])
