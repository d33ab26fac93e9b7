# a property defined on a base class works on subclass instances
class Person:
    def __init__(self, first, last):
        self.first = first
        self.last = last

    @property
    def full(self):
        return self.first + " " + self.last

class Student(Person):
    pass

print(Student("ada", "king").full)
