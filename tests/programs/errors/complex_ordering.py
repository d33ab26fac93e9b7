# Complex numbers have no order: '<' raises TypeError
a = 1 + 2j
b = 2 + 1j
print(a < b)
