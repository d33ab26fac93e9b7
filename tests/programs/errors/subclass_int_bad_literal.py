# Num("x"): the base's ValueError
class Num(int):
    pass


n = Num("x")
