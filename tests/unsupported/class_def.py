# unsupported: class line 2
class Point:
    x = 0

p = Point()
