# an entry of a class's mappingproxy cannot be deleted
class Point:
    dims = 2


del Point.__dict__["dims"]
