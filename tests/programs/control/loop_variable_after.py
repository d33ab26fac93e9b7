# the loop variable keeps its last value after the loop
for k in range(4):
    pass
print(k)
