# the name an attribute hook gets: the code's own str for obj.attr, the str given to getattr()
class Echo:
    def __getattr__(self, name):
        return name


e = Echo()
a = e.colour
b = "colour"
print(a is b)
key = "".join(["sh", "ape"])
c = getattr(e, key)
print(c is key, c == key)
names = []


class Keeper:
    def __setattr__(self, name, value):
        names.append(name)


k = Keeper()
word = "".join(["wei", "ght"])
setattr(k, word, 1)
k.size = 2
print(names[0] == word, names[1] == "size")
