# a range with a step
r = range(0, 10, 3)
print(list(r))
