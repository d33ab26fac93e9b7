# an instance's __dict__ can only be set to a dict
class Point:
    pass


p = Point()
p.__dict__ = [("x", 1)]
