# a missing attribute on a list subclass names the subclass
class Bag(list):
    pass


b = Bag()
b.size = 0
print(b.size)
b.length
