# every statement that binds or unbinds a module name changes globals(): import, def, class, for, except
g = globals()
import math


def area(r):
    global last
    last = math.pi * r * r
    return last


class Shape:
    pass


for i in range(2):
    area(i + 1)
try:
    1 / 0
except ZeroDivisionError as err:
    print("err" in g, type(g["err"]).__name__)
print("err" in g, "last" in g, round(g["last"], 2))
print([k for k in g if not k.startswith("__")])
