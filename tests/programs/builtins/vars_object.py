# vars(obj) lists an object's own attributes: its class's attributes and methods are not there
class Pet:
    kind = "animal"

    def __init__(self, name, age):
        self.name = name
        self.age = age

    def birthday(self):
        self.age += 1


rex = Pet("Rex", 3)
rex.birthday()
for key, value in vars(rex).items():
    print(key, "=", value)
print("kind" in vars(rex), "birthday" in vars(rex))
copy = dict(vars(rex))
copy["age"] = 0
print(rex.age, copy == vars(rex))
