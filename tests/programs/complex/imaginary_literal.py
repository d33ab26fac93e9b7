# An imaginary literal is a complex number: drawn by its repr like a float
x = 1
z = 2j
print(z)
