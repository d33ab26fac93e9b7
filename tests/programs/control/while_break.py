# break leaves the loop at once
n = 0
while True:
    n += 1
    if n == 3:
        break
print(n)
