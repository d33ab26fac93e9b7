# vars() and dir() with no argument in a class body read the class's namespace
class Animal:
    legs = 4
    vars()["sound"] = "..."
    print(dir())


print(Animal.sound, Animal.legs)
