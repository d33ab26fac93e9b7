# a weak reference to an object made in a function dies when the function returns
import weakref


class Box:
    pass


def make():
    box = Box()
    r = weakref.ref(box)
    print(r() is box)
    return r


def greet():
    return "hi"


ref = make()
print(ref())
fr = weakref.ref(greet)
print(fr()())
