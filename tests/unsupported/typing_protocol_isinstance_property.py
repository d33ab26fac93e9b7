# unsupported: member line 17
from typing import Protocol, runtime_checkable


@runtime_checkable
class HasSize(Protocol):
    size: int


class Box:
    @property
    def size(self):
        print("reading size")
        return 3


print(isinstance(Box(), HasSize))
