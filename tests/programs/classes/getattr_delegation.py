# a wrapper hands the names it lacks to the list it wraps; special methods are not delegated
class Wrapper:
    def __init__(self, inner):
        self._inner = inner

    def __getattr__(self, name):
        print("delegating", name)
        return getattr(self._inner, name)


w = Wrapper([3, 1, 2])
w.append(0)
w.sort()
print(w._inner, w.count(3))
try:
    len(w)
except TypeError as e:
    print(e)
