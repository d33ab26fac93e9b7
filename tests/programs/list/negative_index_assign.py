# assigning through a negative index
a = [1, 2, 3]
a[-1] = 99
print(a)
