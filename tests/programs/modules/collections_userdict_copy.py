# collections.UserDict: copy
from collections import UserDict

d = UserDict(a=1)
c = d.copy()
c["b"] = 2
print(d, c, type(c).__name__)
m = d | {"z": 0}
r = {"y": 9} | d
print(m, r, type(r).__name__)
d |= {"n": 3}
print(d, d.data is c.data)
print(UserDict.fromkeys("ab", 0))
