# divmod() calls __divmod__, or the right operand's __rdivmod__ (not // and %)
class Minutes:
    def __init__(self, n):
        self.n = n

    def __divmod__(self, other):
        return divmod(self.n, other)

    def __rdivmod__(self, other):
        return ("reflected", other, self.n)

    def __floordiv__(self, other):
        return "never used by divmod"


class Plain:
    pass


print(divmod(Minutes(135), 60))
print(divmod(7, Minutes(2)))
try:
    divmod(Plain(), 2)
except TypeError as e:
    print(e)
