# __lt__ and friends, with reflection when only one side defines them
class Version:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        return self.n < other.n

    def __le__(self, other):
        return self.n <= other.n

a = Version(1)
b = Version(2)
print(a < b, a <= b, b > a, b >= a)
