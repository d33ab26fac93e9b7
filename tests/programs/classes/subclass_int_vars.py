# vars() of an int subclass's object: its __dict__, kept equal to its attributes both ways
class Num(int):
    pass


n = Num(3)
print(vars(n))
n.unit = "cm"
d = vars(n)
print(d, d is n.__dict__)
d["scale"] = 2
print(n.scale, n + 1)
del n.unit
print(d)
d.clear()
print(hasattr(n, "scale"), n)
