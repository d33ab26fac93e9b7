# augmented assignment operators
n = 10
n -= 3
n *= 2
n //= 3
n %= 3
print(n)
