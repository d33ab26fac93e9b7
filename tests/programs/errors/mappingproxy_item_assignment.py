# a class's namespace cannot be changed through vars(): it is a read-only mappingproxy
class Point:
    dims = 2


vars(Point)["dims"] = 3
