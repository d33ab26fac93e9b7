# each __init_subclass__ along the MRO takes its own keyword and passes the others on
class Sized:
    def __init_subclass__(cls, size=1, **kwargs):
        print("Sized gets", size, sorted(kwargs))
        super().__init_subclass__(**kwargs)
        cls.size = size


class Colored(Sized):
    def __init_subclass__(cls, color="none", **kwargs):
        print("Colored gets", color, sorted(kwargs))
        super().__init_subclass__(**kwargs)
        cls.color = color


class Box(Colored, size=3, color="red"):
    pass


class Plain(Colored):
    pass


print(Box.size, Box.color, Plain.size, Plain.color)
try:
    class Bad(Colored, size=2, weight=5):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Other(weight=5):
        pass
except TypeError as e:
    print(type(e).__name__, e)
