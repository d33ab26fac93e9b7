# a set subclass made from an iterable, and one whose __init__ calls set's
class Seen(set):
    def __init__(self, items, label):
        super().__init__(items)
        self.label = label


class Letters(set):
    pass


s = Seen([1, 2, 2], "ids")
print(s, s.label)
w = Letters("aa")
print(w, Letters())
w.__init__([7])
print(w == {7}, w)
