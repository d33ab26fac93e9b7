# a class's box names its direct bases: one, several, none, and a builtin exception
class Animal:
    sound = "..."

class Dog(Animal):
    sound = "woof"

class Swimmer:
    pass

class Flyer:
    pass

class Duck(Animal, Swimmer, Flyer):
    sound = "quack"

class Puppy(Dog):
    pass

class Plain(object):
    pass

class ShelterFull(Exception):
    pass

pets = [Dog(), Duck(), Puppy()]
for pet in pets:
    print(type(pet).__name__, pet.sound)
try:
    raise ShelterFull("no room for", len(pets))
except ShelterFull as err:
    print(err.args)
print(Duck.__bases__ == (Animal, Swimmer, Flyer), Plain.__bases__)
