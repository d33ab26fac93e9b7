# __str__ defined on a parent class is used for instances of the child
class Named:
    def __init__(self, name):
        self.name = name

    def __str__(self):
        return "<" + self.name + ">"

class Employee(Named):
    pass

print(Employee("eve"))
