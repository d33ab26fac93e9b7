# del removes an instance attribute, revealing the class attribute again
class Light:
    on = False

l = Light()
l.on = True
print(l.on)
del l.on
print(l.on)
