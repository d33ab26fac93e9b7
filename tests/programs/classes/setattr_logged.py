# __setattr__ runs for every assignment and stores through object.__setattr__
class Logged:
    def __init__(self, x):
        self.x = x

    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)


p = Logged(1)
p.x = 2
p.y = [p.x]
setattr(p, "z", 3)
p.x += 1
print(p.x, p.y, p.z)
