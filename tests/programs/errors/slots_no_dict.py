# an instance whose classes all define __slots__ has no __dict__
class S:
    __slots__ = ("x", "y")


s = S()
print(hasattr(s, "__dict__"))
print(s.__dict__)
