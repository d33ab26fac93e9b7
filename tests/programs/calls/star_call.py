# f(*xs) spreads a list into positional arguments
def add(a, b, c):
    return a + b + c

xs = [1, 2, 3]
print(add(*xs))
