# @dataclass(...) with arguments: repr=False keeps object's repr out, eq=False keeps identity equality, unsafe_hash=True
from dataclasses import dataclass


@dataclass(eq=False)
class Token:
    text: str


@dataclass(unsafe_hash=True)
class Key:
    a: int
    b: str


@dataclass(init=False)
class Empty:
    size: int = 3


print(Token("a") == Token("a"), Token("a").__eq__ is not None)
print(hash(Key(1, "x")) == hash((1, "x")), Key(1, "x") == Key(1, "x"))
e = Empty()
print(e, e.size)
decorate = dataclass(order=True)
print(decorate.__name__)
