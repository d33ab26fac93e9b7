# Two closures made in one call share one cell
def make_account():
    balance = 100

    def deposit(amount):
        nonlocal balance
        balance += amount
        return balance

    def get():
        return balance

    return deposit, get


deposit, get = make_account()
deposit(50)
deposit(25)
print(get())
