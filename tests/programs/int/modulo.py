# % takes the sign of the divisor
a = 7 % 3
b = -7 % 3
print(a, b)
