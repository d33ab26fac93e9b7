# eval in a function reads the function's own names first, then the module's
rate = 3


def price(amount):
    tax = 2
    return eval("amount * rate + tax")


def ask():
    answer = eval(input("Value: "))
    return answer * 2


print(price(5))
print(ask())
