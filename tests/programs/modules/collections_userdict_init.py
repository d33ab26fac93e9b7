# collections.UserDict: init
from collections import UserDict


class Inventory(UserDict):
    def __init__(self, owner, items):
        self.owner = owner
        super().__init__(items)

    def total(self):
        return sum(self.values())


inv = Inventory("ana", [("apple", 3), ("pear", 2)])
print(inv.owner, inv, inv.total())
