# collections.UserDict: keyerror
from collections import UserDict

d = UserDict(a=1)
print(d["a"])
print(d["b"])
