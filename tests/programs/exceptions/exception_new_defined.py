# An exception class may define __new__; BaseException.__init__ then sets args from the call
class Tagged(Exception):
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        return super().__new__(cls, "replaced")

t = Tagged(1, 2)
print(t.args, str(t))

class Keeps(Exception):
    def __new__(cls, *args):
        self = super().__new__(cls, *args)
        self.count = len(args)
        return self

    def __init__(self, *args):
        pass

k = Keeps("a", "b", "c")
print(k.args, k.count, str(k))
try:
    raise Keeps("boom")
except Keeps as e:
    print("caught", e.args, e.count)
