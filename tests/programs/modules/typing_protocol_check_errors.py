# the TypeErrors of Protocol checks: a protocol not marked @runtime_checkable, issubclass() with data members, @runtime_checkable on a plain class
from typing import Protocol, runtime_checkable


class Closeable(Protocol):
    def close(self): ...


@runtime_checkable
class Sized(Protocol):
    size: int


class File:
    size = 3

    def close(self):
        pass


for check in (lambda: isinstance(File(), Closeable), lambda: issubclass(File, Closeable),
              lambda: issubclass(File, Sized), lambda: runtime_checkable(File)):
    try:
        print(check())
    except TypeError as e:
        print(e)
print(isinstance(File(), Sized))
