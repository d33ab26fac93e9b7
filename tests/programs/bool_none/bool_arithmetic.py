# True and False act as 1 and 0 in arithmetic
t = True
total = t + t + False
print(total)
