# a class derived from Exception keeps its message and attributes
class InsufficientFunds(Exception):
    def __init__(self, needed):
        super().__init__("need " + str(needed))
        self.needed = needed

e = InsufficientFunds(30)
print(str(e), e.needed, e.args)
print(isinstance(e, Exception), isinstance(e, InsufficientFunds))
