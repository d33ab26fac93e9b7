# a while loop runs while its condition is true
i = 0
while i < 3:
    print(i)
    i += 1
