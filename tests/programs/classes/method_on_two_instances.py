# one method, two instances: each call gets its own self
class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0

    def deposit(self, amount):
        self.balance += amount
        return self.balance

a = Account("ann")
b = Account("bob")
a.deposit(10)
b.deposit(5)
a.deposit(1)
print(a.balance, b.balance)
