# a method looked up on the class is a plain function that needs self passed in
class Dog:
    def bark(self):
        return "woof"

f = Dog.bark
d = Dog()
print(f(d), Dog.bark(d))
