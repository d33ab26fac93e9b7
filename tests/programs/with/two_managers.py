# with: `with a as x, b as y` enters a then b, and exits b then a
class Named:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type)
        return self.name == "outer"


with Named("outer") as a, Named("inner") as b:
    pair = (a, b)
    print(pair)
with Named("outer") as a, Named("inner") as b:
    boom = 1 / 0
print("swallowed by", a)
