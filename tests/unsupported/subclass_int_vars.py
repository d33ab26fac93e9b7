# unsupported: __dict__ line 8
class Num(int):
    pass


n = Num(3)
n.unit = "cm"
print(vars(n))
