# OrderedDict.fromkeys and defaultdict.fromkeys make an instance of their own class, every key
# mapped to the one value object
from collections import OrderedDict, defaultdict

value = [0]
o = OrderedDict.fromkeys("abc", value)
print(o, o["a"] is o["c"])
p = OrderedDict().fromkeys([3, 1, 2])
print(p, type(p).__name__)
q = defaultdict.fromkeys({"x": 1, "y": 2})
print(q, q.default_factory)
o.move_to_end("a")
print(list(o))
