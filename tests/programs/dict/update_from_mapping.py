# dict(m), d.update(m), {**m} and f(**m) read an object with keys() as a mapping: every key first, then m[key]
class Mapping:
    def __init__(self, data):
        self.data = data

    def keys(self):
        print("keys")
        for k in self.data:
            print("key", k)
            yield k

    def __getitem__(self, key):
        print("get", key)
        return self.data[key]


class ListKeys:
    def keys(self):
        return ["x", "y"]

    def __getitem__(self, key):
        return key * 2


def show(**kw):
    return kw


m = Mapping({"a": 1, "b": 2})
d = dict(m)
print(d)
d.update(m, c=3)
print(d)
merged = {"z": 0, **m, **ListKeys()}
print(merged)
print(show(**m))
print(dict(ListKeys(), w=1))
