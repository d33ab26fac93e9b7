# an if with a false condition skips its body
x = 1
if x > 10:
    x = 0
print(x)
