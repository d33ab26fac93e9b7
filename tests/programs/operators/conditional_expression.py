# x if cond else y
n = 4
kind = "even" if n % 2 == 0 else "odd"
print(kind)
