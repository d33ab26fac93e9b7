# a sub-protocol inherits its base's @runtime_checkable mark and members; issubclass() finds methods through the class's bases
from typing import Protocol, runtime_checkable


@runtime_checkable
class Reader(Protocol):
    def read(self): ...


@runtime_checkable
class ReadWriter(Reader, Protocol):
    def write(self, data): ...


class Base:
    def read(self):
        return ""


class Both(Base):
    def write(self, data):
        pass


class Temp:
    value: int = 3

    def read(self):
        return 1


print(issubclass(Both, ReadWriter), isinstance(Both(), Reader), isinstance(Base(), ReadWriter))
print(isinstance(Temp(), Reader), issubclass(Temp, ReadWriter))


class SubReader(Reader, Protocol):
    pass


print(isinstance(Temp(), SubReader))
