# collections.UserDict: update error
from collections import UserDict

d = UserDict()
try:
    d.update([("a", 1), "xyz"])
except ValueError as e:
    print(e)
try:
    UserDict([1])
except TypeError as e:
    print(e)
print(d)
d.pop("missing")
