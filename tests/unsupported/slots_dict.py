# unsupported: __dict__ line 2
class Open:
    __slots__ = ("x", "__dict__")


o = Open()
o.y = 1
