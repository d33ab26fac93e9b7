# unsupported: setdefault() line 10
from collections import UserDict


class Upper(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)


Upper().setdefault("a", 1)
