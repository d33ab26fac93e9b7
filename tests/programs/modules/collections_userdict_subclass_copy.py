# collections.UserDict: subclass copy
import copy
from collections import UserDict


class Loud(UserDict):
    def __setitem__(self, key, value):
        print("set", key)
        super().__setitem__(key, value)


d = Loud(a=1)
d.note = "n"
c = d.copy()
print(type(c).__name__, c, c.note, c.data is d.data)
m = d | {"b": 2}
r = {"z": 0} | d
print(m, r)
s = copy.copy(d)
print(s, s.note, s.data is d.data)
