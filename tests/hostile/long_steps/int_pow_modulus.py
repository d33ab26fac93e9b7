# a modular power with a million-bit exponent and a 330,000-bit modulus: a million GMP squarings
print(pow(3, 2 ** 1000000, 10 ** 100000 + 1) % 1000)
