# division, modulo, power and abs() dispatch to their dunders
class Num:
    def __init__(self, n):
        self.n = n

    def __truediv__(self, o):
        return self.n / o

    def __floordiv__(self, o):
        return self.n // o

    def __mod__(self, o):
        return self.n % o

    def __pow__(self, o):
        return self.n ** o

    def __abs__(self):
        return abs(self.n)

x = Num(-7)
print(x / 2, x // 2, x % 3, x ** 2, abs(x))
