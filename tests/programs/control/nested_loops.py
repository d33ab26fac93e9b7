# a loop inside a loop
for i in range(2):
    for j in range(2):
        print(i, j)
