# small ints -5..256 are cached: two computations of 7 give the same object
a = 3 + 4
b = 10 - 3
print(a is b)
