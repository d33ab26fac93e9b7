# getattr's AttributeError gets the hint too
class Point:
    x = 1
print(getattr(Point(), "xx"))
