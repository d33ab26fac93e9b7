# collections.UserString: iterating one gives objects of its class, each made by __init__
from collections import UserString


class Letter(UserString):
    def __init__(self, seq):
        self.data = str(seq).upper()


for ch in Letter("ab"):
    print(type(ch).__name__, ch)
print(list(UserString("xyz")), [c.data for c in reversed(UserString("xyz"))])
print(UserString("banana").index("n"), max(UserString("abc")))
