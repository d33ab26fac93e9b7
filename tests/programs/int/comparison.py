# comparing ints gives bools
a = 5
b = 9
print(a < b, a == b, a >= b)
