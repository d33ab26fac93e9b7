# a while loop's else runs when the condition becomes false
n = 2
while n > 0:
    n -= 1
else:
    print("done", n)
