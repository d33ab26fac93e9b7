# == compares values, `is` compares identity
a = [5]
b = a
c = [5]
print(a == c, a is c, a is b)
