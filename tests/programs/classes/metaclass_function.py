# any callable may be given as metaclass=: it is called with the name, bases and namespace
def upper_attrs(name, bases, ns):
    fields = {}
    for key, value in ns.items():
        if not key.startswith("__"):
            fields[key.upper()] = value
    return type(name, bases, fields)


class Point(metaclass=upper_attrs):
    x = 1
    y = 2


print(Point.X, Point.Y, hasattr(Point, "x"))
