# the explicit form super(C, self) finds the parent's method
class Base:
    def greet(self):
        return "hello from Base"

class Child(Base):
    def greet(self):
        return super(Child, self).greet() + " via Child"

print(Child().greet())
