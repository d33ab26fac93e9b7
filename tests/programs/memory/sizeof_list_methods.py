# extend, +=, *=, insert, remove, sort and list() again: each leaves its own allocation
import sys

def show(label, value):
    print(label, len(value), sys.getsizeof(value))

a = [0, 1]
show("start", a)
a.extend(range(3))
show("extend range", a)
a.extend(i * i for i in range(3))
show("extend generator", a)
a += "xyz"
show("+= str", a)
a *= 3
show("*= 3", a)
a.insert(0, "first")
show("insert", a)
a.remove("first")
show("remove", a)
a.sort(key=str)
show("sort", a)
a.reverse()
show("reverse", a)
a.extend(a)
show("extend itself", a)
a.__init__(range(3))
show("__init__", a)
b = sorted(map(abs, range(-3, 3)))
show("sorted map", b)
c = a * 0
show("a * 0", c)
d = a[::2]
show("a[::2]", d)
a *= 0
show("*= 0", a)
