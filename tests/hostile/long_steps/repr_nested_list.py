# repr() of a list of shared lists: gigabytes of text built in one step
x = [0.5] * 10**3
for i in range(7):
    x = [x] * 10
print(len(repr(x)))
