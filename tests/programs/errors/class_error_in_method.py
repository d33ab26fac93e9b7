# an exception inside a method unwinds through the method's frame
class Account:
    def __init__(self, balance):
        self.balance = balance

    def share(self, people):
        return self.balance / people

a = Account(10)
print(a.share(2))
print(a.share(0))
