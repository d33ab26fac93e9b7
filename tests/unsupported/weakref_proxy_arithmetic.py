# unsupported: __add__ line 10
import weakref


class Money:
    def __add__(self, other):
        return other

m = Money()
print(weakref.proxy(m) + 1)
