# OrderedDict: move_to_end, popitem from either end, and order-sensitive ==
from collections import OrderedDict

od = OrderedDict()
od["x"] = 1
od["y"] = 2
od["z"] = 3
od.move_to_end("x")
print(od, list(od))
od.move_to_end("z", last=False)
print(od)
last = od.popitem()
first = od.popitem(last=False)
print(last, first, od)
a = OrderedDict([("p", 1), ("q", 2)])
b = OrderedDict([("q", 2), ("p", 1)])
print(a == b, a == dict(b), dict(a) == dict(b), repr(OrderedDict()))
