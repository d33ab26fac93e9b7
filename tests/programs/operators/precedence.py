# * binds tighter than +, ** tighter than unary minus
a = 2 + 3 * 4
b = -2 ** 2
print(a, b)
