# int() of a complex number is a TypeError, not a truncation
z = 3 + 0j
n = int(z)
