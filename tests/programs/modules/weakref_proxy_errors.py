# the errors of weakref.proxy: objects it cannot refer to, hash, its arguments, and the object's own errors
import weakref


class Point:
    pass


pt = Point()
p = weakref.proxy(pt)
for value in [3, "text", [1], None, object()]:
    try:
        weakref.proxy(value)
    except TypeError as e:
        print(e)
try:
    hash(p)
except TypeError as e:
    print(e)
try:
    weakref.proxy()
except TypeError as e:
    print(e)
try:
    weakref.proxy(pt, None, 1)
except TypeError as e:
    print(e)
try:
    weakref.ProxyType(pt)
except TypeError as e:
    print(e)
try:
    p.missing
except AttributeError as e:
    print(e)
try:
    p()
except TypeError as e:
    print(e)
try:
    len(p)
except TypeError as e:
    print(e)
print(weakref.proxy(pt, None) is p)
