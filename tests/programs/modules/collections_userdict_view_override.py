# collections.UserDict: the views of a class overriding __getitem__ or __iter__ read through it
from collections import UserDict


class Doubled(UserDict):
    def __getitem__(self, key):
        return 2 * self.data[key]


class Backwards(UserDict):
    def __iter__(self):
        return reversed(list(self.data))


d = Doubled(a=1, b=2)
print(list(d.items()), list(d.values()), list(d.keys()))
print(("a", 2) in d.items(), 1 in d.values())
for key, value in d.items():
    print(key, value)
r = Backwards(x=1, y=2)
print(list(r.keys()), list(r.items()), [v for v in r.values()])
