# a subclass overrides one method and inherits the other
class Animal:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return "..."

    def intro(self):
        return self.name + " says " + self.speak()

class Cat(Animal):
    def speak(self):
        return "meow"

print(Animal("generic").intro())
print(Cat("Tom").intro())
