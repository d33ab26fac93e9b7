# a property without a setter or deleter refuses assignment and del with AttributeError naming the property
class Circle:
    def __init__(self, r):
        self._r = r

    @property
    def area(self):
        return 3 * self._r * self._r

    radius = property(None, None, None)


c = Circle(2)
print(c.area)
for action in ("set", "del", "get"):
    try:
        if action == "set":
            c.area = 10
        elif action == "del":
            del c.area
        else:
            c.radius
    except AttributeError as e:
        print(action, e)
print(c.area, c._r)
