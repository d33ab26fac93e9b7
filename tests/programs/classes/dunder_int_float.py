# int() and float() ask a class's __int__ / __float__, and math's float functions use __float__
import math


class Meters:
    def __init__(self, value):
        self.value = value

    def __int__(self):
        return int(self.value)

    def __float__(self):
        return float(self.value)


class Count:
    def __index__(self):
        return 4


m = Meters(2.75)
print(int(m), float(m))
print(math.sqrt(Meters(16)), math.floor(m), math.ceil(m))
print(float(Count()), math.sqrt(Count()), math.factorial(Count()))
print("%d %.1f" % (m, m))
