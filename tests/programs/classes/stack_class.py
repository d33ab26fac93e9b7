# a Stack class wrapping a list: push, pop, peek and len
class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def pop(self):
        return self.items.pop()

    def peek(self):
        return self.items[-1]

    def __len__(self):
        return len(self.items)

s = Stack()
s.push(1)
s.push(2)
print(s.pop(), s.peek(), len(s))
