# an object made only for the call is freed at once: its weak reference is dead on the next line
import weakref


class Token:
    pass


r = weakref.ref(Token())
print(r())
print(r() is None)
