# two names for one instance: a change through one is seen through the other
class Box:
    def __init__(self, value):
        self.value = value

a = Box(1)
b = a
b.value = 2
print(a.value, a is b)
c = Box(2)
print(a is c)
