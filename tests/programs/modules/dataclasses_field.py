# field(): default_factory gives each instance its own list; repr=False, compare=False, init=False
from dataclasses import dataclass, field


@dataclass
class Inventory:
    owner: str
    items: list = field(default_factory=list)
    secret: str = field(default="x", repr=False)
    visits: int = field(default=0, compare=False)
    total: int = field(init=False, default=0)


a = Inventory("ann")
b = Inventory("bob", ["pen"])
a.items.append("cup")
print(a)
print(b)
print(a.items is b.items, Inventory("c", visits=3) == Inventory("c"))
print(a.total, Inventory.total, Inventory.secret)
