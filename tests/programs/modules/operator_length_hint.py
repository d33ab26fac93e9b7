# operator.length_hint: len() when there is one (a class's __len__ runs), else the default
import operator


class Box:
    def __len__(self):
        return 4


class Plain:
    pass


print(operator.length_hint([1, 2, 3]), operator.length_hint("ab"))
print(operator.length_hint(Box()))
print(operator.length_hint(Plain()), operator.length_hint(Plain(), 5))
try:
    operator.length_hint(Plain(), "x")
except TypeError as e:
    print(e)
