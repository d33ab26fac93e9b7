# collections.UserDict: subclass
from collections import UserDict


class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)


d = LowerDict({"A": 1}, B=2)
d["C"] = 3
d.update(D=4)
print(d, d.data)
print(isinstance(d, UserDict), isinstance(d, dict))
