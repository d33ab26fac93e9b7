# with only __repr__, str() and print fall back to it
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return "Money(" + str(self.cents) + ")"

m = Money(250)
print(m)
print({"price": m})
