# popping an empty list subclass: list's IndexError, whatever the class is called
class Stack(list):
    def peek(self):
        return self[-1]


s = Stack([1])
s.pop()
s.peek()
