# reading a missing attribute on the class itself
class Dog:
    legs = 4

print(Dog.legs)
print(Dog.x)
