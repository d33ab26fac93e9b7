# unsupported: Protocol line 2
from typing import Protocol


class Drawable(Protocol):
    def draw(self) -> None: ...
