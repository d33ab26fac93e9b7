# two instances pointing at each other form a cycle
class Person:
    def __init__(self, name):
        self.name = name
        self.friend = None

a = Person("ann")
b = Person("bob")
a.friend = b
b.friend = a
print(a.friend.friend is a)
del a
del b
print("done")
