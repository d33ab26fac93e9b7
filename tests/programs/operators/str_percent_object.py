# "..." % obj is str's own %, which formats any object (its __rmod__ is not consulted)
class Point:
    def __init__(self, x):
        self.x = x

    def __str__(self):
        return "P" + str(self.x)

    def __rmod__(self, other):
        return "never"


p = Point(3)
text = "at %s" % p
print(text)
