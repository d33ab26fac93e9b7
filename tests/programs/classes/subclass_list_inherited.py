# subclasses of a list subclass: methods found along the MRO, super() chains to list
class Stack(list):
    def push(self, x):
        self.append(x)


class LimitedStack(Stack):
    def __init__(self, limit):
        super().__init__()
        self.limit = limit

    def push(self, x):
        if len(self) < self.limit:
            super().push(x)


s = LimitedStack(2)
for i in range(4):
    s.push(i)
print(s, s.limit, isinstance(s, Stack), LimitedStack.__mro__)
print(LimitedStack.__bases__, Stack.append is list.append, Stack.push.__name__)
