# collections.UserDict: views
from collections import UserDict

d = UserDict(b=2, a=1)
print(d.keys(), d.items(), d.values())
for key, value in d.items():
    print(key, value)
print(list(d.keys()), sorted(d.values()), len(d.items()))
print("a" in d.keys(), ("a", 1) in d.items(), 3 in d.values())
