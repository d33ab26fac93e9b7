# collections.UserDict
from collections import UserDict

d = UserDict(a=1)
d["b"] = 2
print(d, len(d), "a" in d)
print(d["a"], d.get("z"), d.get("z", 0))
del d["a"]
print(d.data, list(d))
e = UserDict({"x": 1}, y=2)
print(e == {"x": 1, "y": 2}, e == d, e != d)
print(e.pop("x"), e.pop("x", None), e.setdefault("k", 5), e)
print(e.popitem(), e)
e.clear()
print(e, bool(e), bool(d))
