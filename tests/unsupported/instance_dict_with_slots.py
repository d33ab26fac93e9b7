# unsupported: __dict__ line 14
# an instance with slots and a __dict__ both: memstep keeps the slots among its attributes
class Base:
    __slots__ = ("x",)


class Open(Base):
    pass


o = Open()
o.x = 1
o.y = 2
print(vars(o))
