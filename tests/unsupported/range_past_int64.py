# unsupported: range line 3
big = 10**20
steps = range(big, big + 3)
print(list(steps))
