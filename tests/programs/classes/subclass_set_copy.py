# copy.copy of a set subclass calls the class with a list of the items: its __init__ runs
import copy


class Tags(set):
    def __init__(self, items=()):
        print("init", sorted(items))
        super().__init__(items)


t = Tags([2, 1])
t.owner = "me"
c = copy.copy(t)
print(type(c).__name__, c, c.owner, c is t)
