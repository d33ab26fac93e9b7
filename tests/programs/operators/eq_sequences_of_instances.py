# == of tuples and lists calls the items' own __eq__
class M:
    def __init__(self, c):
        self.c = c

    def __eq__(self, o):
        return self.c == o.c


print((M(5), 1) == (M(5), 1), [M(1)] == [M(1)], M(1) in [M(1)])
