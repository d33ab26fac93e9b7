# OrderedDict(m) and od.update(m) read m key by key as keys() yields them, take items() pairs, or unpack each pair itself
from collections import OrderedDict


class Mapping:
    def keys(self):
        print("keys")
        yield "a"
        print("keys b")
        yield "b"

    def __getitem__(self, key):
        print("get", key)
        return key * 2


class ItemsOnly:
    def items(self):
        return [("p", 1), ["q", 2]]


od = OrderedDict(Mapping())
print(od)
od.update(ItemsOnly(), r=3)
print(od)
od.update([("a", 0)])
print(od)
for bad in ([5], [(1,)], [(1, 2, 3)]):
    try:
        OrderedDict(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
