# for visits each item of a list
total = 0
for x in [4, 5, 6]:
    total += x
print(total)
