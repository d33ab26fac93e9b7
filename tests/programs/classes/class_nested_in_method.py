# a class made inside a method reads the method's parameter and a closure's variable
def outer(unit):
    class Box:
        def __init__(self, n):
            self.label = str(n) + unit

        def __repr__(self):
            return "Box(" + self.label + ")"

    return [Box(i) for i in range(2)]


print(outer("kg"))
