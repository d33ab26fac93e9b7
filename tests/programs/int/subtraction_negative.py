# subtraction can go below zero
a = 3
b = a - 10
print(b)
