# @dataclass's docstring through an ABC base, a __new__ of the class's own and a metaclass's __call__
from abc import ABC
from dataclasses import dataclass


@dataclass
class Shape(ABC):
    sides: int


@dataclass
class Token:
    text: str

    def __new__(cls, *parts):
        return super().__new__(cls)


class Registry(type):
    def __call__(cls, key, size=2):
        return super().__call__(key)


@dataclass
class Plugin(metaclass=Registry):
    key: str


@dataclass
class Bare:
    pass


print(Shape.__doc__)
print(Token.__doc__)
print(Plugin.__doc__)
print(Bare.__doc__)
print(Plugin("a").key)
