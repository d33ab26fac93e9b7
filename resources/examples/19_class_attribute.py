# A class attribute is shared; assigning through self makes a new instance attribute
class Dog:
    tricks = []
    legs = 4

    def __init__(self, name):
        self.name = name

    def learn(self, trick):
        self.tricks.append(trick)


rex = Dog("Rex")
fido = Dog("Fido")
rex.learn("sit")
fido.legs = 3
print(fido.tricks, rex.legs, fido.legs)
