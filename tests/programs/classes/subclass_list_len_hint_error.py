# A TypeError from a list subclass's __len__ is passed over by list()'s hint; others are not
import operator


class Odd(list):
    def __len__(self):
        raise TypeError("no size")


class Bad(list):
    def __len__(self):
        raise ValueError("bad size")


print(list(Odd([1, 2])))
try:
    print(len(Odd([1])))
except TypeError as e:
    print(e)
try:
    tuple(Bad([1]))
except ValueError as e:
    print(e)
print(operator.length_hint(Odd([1, 2]), 5))
