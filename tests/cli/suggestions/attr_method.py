# a class's methods are candidates
class Account:
    def deposit(self, amount):
        return amount
Account().deposti(5)
