# dict(pairs) takes each pair that is not a list or tuple through its own __iter__, once
class Pair:
    def __init__(self, key, value):
        self.key = key
        self.value = value

    def __iter__(self):
        print("iter", self.key)
        return iter((self.key, self.value))


def pairs():
    yield Pair("a", 1)
    yield ["b", 2]
    yield Pair("c", 3)


d = dict(pairs())
print(d)
d.update([Pair("d", 4)])
print(d)
