# a dataclass subclass adds its fields after its base's
from dataclasses import dataclass


@dataclass
class Animal:
    name: str
    legs: int = 4


@dataclass
class Bird(Animal):
    legs: int = 2
    flies: bool = True


b = Bird("robin")
print(b, Animal("cat"))
print(b == Bird("robin"), isinstance(b, Animal))
