# 2**10 is folded by the compiler into the constant 1024, merged with the literal
a = 2 ** 10
b = 1024
print(a is b)
