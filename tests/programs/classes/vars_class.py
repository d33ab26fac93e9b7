# vars() of a class is a read-only mappingproxy of its namespace, CPython's own entries included
class Point:
    dims = 2


ns = vars(Point)
print(ns["dims"], "dims" in ns, len(ns), type(ns).__name__)
print(ns)
print(list(ns.keys()))
Point.colour = "red"
print(ns.get("colour"), ns.get("size", 0))
