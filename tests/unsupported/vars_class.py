# unsupported: mappingproxy line 7
# vars() of a class is a read-only mappingproxy of its namespace, not built yet
class Point:
    dims = 2


print(vars(Point)["dims"])
