# a method called with one argument too many (self counts)
class Dog:
    def bark(self):
        return "woof"

Dog().bark("loud")
