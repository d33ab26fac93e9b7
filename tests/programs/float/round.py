# round() to an int and to one digit
x = 2.675
print(round(x), round(x, 1))
