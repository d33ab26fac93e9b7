# a slotted dataclass derived from another dataclass: the fields of both, each class's slots its own
from dataclasses import dataclass


@dataclass
class Base:
    id: int


@dataclass(slots=True)
class Item(Base):
    name: str = "?"


item = Item(7, "pen")
item.id = 8
print(item, Item.__slots__, Item.__mro__[1].__name__)
