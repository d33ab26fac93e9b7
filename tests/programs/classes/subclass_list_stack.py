# a Stack that is a list: added methods, an attribute of its own, len, iteration, isinstance
class Stack(list):
    def push(self, item):
        self.append(item)

    def peek(self):
        return self[-1]


s = Stack()
s.name = "plates"
s.push(1)
s.push(2)
s.push(3)
top = s.peek()
print(top, len(s), s.pop())
for item in s:
    print(item)
print(isinstance(s, list), isinstance(s, Stack), type(s).__name__)
print(type(s) is Stack, type(s) is list, s.name)
print(s, str(s), repr(s))
print(s == [1, 2], [1, 2] == s, s != [1, 2])
