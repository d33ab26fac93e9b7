# / on two ints gives a float
r = 7 / 2
print(r)
