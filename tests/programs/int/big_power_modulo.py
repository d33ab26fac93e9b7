# powers of millions of bits, reduced at once: 3**262145 % 1000, 25000**20000, 2**1000000 % 7
last_three = 3 ** 262145 % 1000
print(last_three)
print(25000 ** 20000 % 1000007)
print(2 ** 1000000 % 7, (-3) ** 200001 % 10**9)
