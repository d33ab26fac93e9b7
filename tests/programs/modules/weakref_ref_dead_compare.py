# two dead weak references are equal only if they are one reference; a hash taken alive stays
import weakref


class Cell:
    pass


x = Cell()
y = Cell()
rx = weakref.ref(x)
ry = weakref.ref(y)
names = {rx: "x"}
del x
del y
print(rx(), ry())
print(rx == ry, rx == rx, rx != ry)
print(names[rx])
