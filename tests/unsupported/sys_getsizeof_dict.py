# unsupported: dict line 7
import sys

d = {"a": 1, "b": 2, "c": 3}
del d["a"]
d.popitem()
print(sys.getsizeof(d))
