# a name the class does not have is a KeyError in its mappingproxy
class Point:
    dims = 2


print(vars(Point)["size"])
