# modulo by zero
print(5 % 0)
