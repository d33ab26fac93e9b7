# a set subclass's own __repr__ and __str__, and a method returning a plain set
class Group(set):
    def __repr__(self):
        return "Group of " + str(len(self))

    def evens(self):
        return {x for x in self if x % 2 == 0}


g = Group(range(5))
print(g, [g], g.evens())
g.discard(4)
g.add(10)
print(sorted(g), g.pop() in range(11))
