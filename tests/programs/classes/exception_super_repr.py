# super().__repr__() in an exception class is BaseException's text, super().__str__() its message
class Problem(ValueError):
    def __str__(self):
        return "problem: " + super().__str__()

    def __repr__(self):
        return "<" + super().__repr__() + ">"


p = Problem("disk full")
print(str(p))
print(repr(p))
print(object.__str__(p))
