# a while loop whose condition is false from the start never runs
n = 0
while n > 0:
    n -= 1
print("skipped")
