# a set of small ints (printed in a fixed order)
s = {3, 1, 2}
print(len(s), 2 in s)
