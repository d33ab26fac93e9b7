# a property that raises AttributeError falls back to __getattr__
class Shape:
    @property
    def area(self):
        raise AttributeError("not computed")

    def __getattr__(self, name):
        return "fallback for " + name


s = Shape()
print(s.area)
