# a < b < c is a and b tests together
x = 5
print(1 < x < 10, 1 < x > 6)
