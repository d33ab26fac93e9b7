# the smallest list subclass: a method of its own reading self[-1]
class Stack(list):
    def peek(self):
        return self[-1]

s = Stack()
s.append("top")
print(s.peek(), s)
