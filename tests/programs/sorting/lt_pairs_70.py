# Each pair __lt__ is asked while sorting 70 items: two runs of 35 merged with galloping
class Num:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print(self.v, "<", other.v)
        return self.v < other.v


values = [3 * i for i in range(30)] + [1, 2, 4, 5, 7] + [3 * i + 1 for i in range(35)]
nums = [Num(v) for v in values]
nums.sort()
print([n.v for n in nums][:12])
