# collections.UserList: subclass
from collections import UserList
from collections.abc import MutableSequence, Sequence


class Stack(UserList):
    def push(self, item):
        self.append(item)

    def peek(self):
        return self[-1]


s = Stack()
s.push(1)
s.push(2)
print(s.peek(), s, len(s))
print(isinstance(s, Sequence), isinstance(s, MutableSequence), isinstance(s, UserList))
top = s.pop()
print(top, s)
