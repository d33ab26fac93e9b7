# The __dict__ of a list, str or dict subclass's object: its attributes, not its items
class Stack(list):
    def __init__(self, items, name):
        super().__init__(items)
        self.name = name


class Word(str):
    pass


class Table(dict):
    pass


s = Stack([1, 2], "left")
print(s.__dict__, s)
s.__dict__["top"] = s[-1]
print(s.top, vars(s))
w = Word("hi")
w.lang = "en"
print(w.__dict__, w.upper())
t = Table(a=1)
print(vars(t), t)
vars(t).update(b=2)
print(t.b, t, sorted(vars(t)))
