# a dead proxy's repr names None; every use of its object raises ReferenceError
import weakref


class Point:
    pass


pt = Point()
p = weakref.proxy(pt)
pt = None
print(repr(p).split(" to ")[1].split(" at ")[0])
for attempt in ["read", "str", "bool", "eq", "len"]:
    try:
        if attempt == "read":
            p.x
        elif attempt == "str":
            str(p)
        elif attempt == "bool":
            bool(p)
        elif attempt == "eq":
            p == 1
        else:
            len(p)
    except ReferenceError as e:
        print(attempt, e)
