# unsupported: ClassVar line 7
from __future__ import annotations
from dataclasses import dataclass
from typing import ClassVar


@dataclass
class Counter:
    count: ClassVar[int] = 0
    name: str = ""
