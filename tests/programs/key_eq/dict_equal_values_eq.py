# == of dicts and sets runs the program's __eq__: on values of dicts, on keys looked up.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        return self.cents == other.cents


a = {"rent": Money(500), "food": Money(200)}
b = {"rent": Money(500), "food": Money(200)}
c = {"rent": Money(500), "food": Money(250)}
print(a == b, a == c, a != c)
print([a] == [b], (1, a) == (1, c))
