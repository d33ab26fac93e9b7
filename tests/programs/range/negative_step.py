# counting down
for i in range(3, 0, -1):
    print(i)
