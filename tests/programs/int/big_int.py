# ints grow without limit
n = 2 ** 100
m = n * n
print(m)
