# unsupported: subclassing line 2
class Stack(list):
    def peek(self):
        return self[-1]

s = Stack()
