# 0.1 + 0.2 is not exactly 0.3
x = 0.1 + 0.2
print(x)
print(x == 0.3)
