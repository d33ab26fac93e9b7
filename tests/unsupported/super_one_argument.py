# unsupported: super() line 9
class Animal:
    def sound(self):
        return "..."


class Dog(Animal):
    def sound(self):
        return super(Dog).__get__(self).sound() + "woof"


print(Dog().sound())
