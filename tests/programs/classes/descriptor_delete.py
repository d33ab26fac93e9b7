# a descriptor's __delete__ runs for `del obj.name`
class Resettable:
    def __set_name__(self, owner, name):
        self.key = "_" + name

    def __get__(self, obj, owner):
        return getattr(obj, self.key, "unset")

    def __set__(self, obj, value):
        setattr(obj, self.key, value)

    def __delete__(self, obj):
        print("reset")
        delattr(obj, self.key)


class Counter:
    total = Resettable()


c = Counter()
c.total = 5
print(c.total)
del c.total
print(c.total)
