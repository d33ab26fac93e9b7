# A private attribute self.__balance is stored as _Account__balance, as vars() shows.
class Account:
    def __init__(self, b):
        self.__balance = b

    def balance(self):
        return self.__balance


a = Account(5)
print(vars(a))
print(a._Account__balance, a.balance())
