# a tuple cannot change, but a list inside it can
t = (1, [2])
t[1].append(3)
print(t)
