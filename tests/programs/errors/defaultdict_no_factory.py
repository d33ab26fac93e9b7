# a defaultdict without a default_factory raises KeyError like a dict
from collections import defaultdict

d = defaultdict()
d["a"] = 1
print(d["b"])
