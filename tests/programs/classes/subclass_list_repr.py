# a list subclass with its own __repr__ and __str__; super().__repr__ gives the list's text
class Path(list):
    def __repr__(self):
        return "Path(" + super().__repr__() + ")"


class Word(list):
    def __str__(self):
        return "".join(self)


p = Path([1, 2])
w = Word("hey")
print(p, repr(p), str(p), [p, p])
print(w, repr(w), [w], f"{w}!")
print(str(Path()), list.__repr__(p))
