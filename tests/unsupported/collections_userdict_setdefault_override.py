# unsupported: setdefault() of a UserDict whose class overrides __setitem__ line 10
from collections import UserDict


class Upper(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)


Upper().setdefault("a", 1)
