# fields(), asdict(), astuple(), replace() and is_dataclass()
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass


@dataclass
class Item:
    name: str
    price: float = 1.0


@dataclass
class Order:
    number: int
    items: list = field(default_factory=list)


o = Order(7, [Item("tea"), Item("cake", 2.5)])
print([f.name for f in fields(o)], [f.type for f in fields(Item)])
d = asdict(o)
t = astuple(o)
print(d)
print(t)
cheaper = replace(o.items[1], price=2.0)
print(cheaper, cheaper is o.items[1])
print(is_dataclass(o), is_dataclass(Order), is_dataclass(5))
try:
    asdict(Order)
except TypeError as err:
    print(err)
