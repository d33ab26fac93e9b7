# pow(x, y, m) calls the base's own __pow__ with the modulus; a non-number without one is a TypeError
class Clock:
    def __init__(self, hour):
        self.hour = hour

    def __pow__(self, times, modulus=None):
        return (self.hour * times) % (modulus or 24)


print(pow(Clock(5), 3, 12), Clock(5) ** 3)
try:
    pow(3, Clock(1), 5)
except TypeError as e:
    print(e)
