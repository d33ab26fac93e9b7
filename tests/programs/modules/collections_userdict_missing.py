# collections.UserDict: missing
from collections import UserDict


class Tally(UserDict):
    def __missing__(self, key):
        return 0


t = Tally()
for word in ["a", "b", "a"]:
    t[word] += 1
print(t, t["zzz"], t.get("zzz"))
