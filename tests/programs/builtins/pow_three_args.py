# pow with a modulus, including a negative exponent (modular inverse)
print(pow(3, 4, 5), pow(2, 100, 1000), pow(3, -1, 7), pow(-2, 3), pow(2, -1))
