# a StopIteration raised by __next__ or by the function map calls ends a for loop; next() passes it on with its value
class Pair:
    def __init__(self):
        self.given = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.given += 1
        if self.given > 2:
            raise StopIteration(self.given)
        return self.given


for n in Pair():
    print("item", n)


def halve(x):
    if x > 4:
        raise StopIteration
    return x / 2


for h in map(halve, [2, 4, 6, 8]):
    print("half", h)
print(list(map(halve, [4, 5])))

p = Pair()
next(p)
next(p)
try:
    next(p)
except StopIteration as e:
    print("stopped with", e.value)
print(next(Pair(), "unused"), next(map(halve, [9]), "default"))
