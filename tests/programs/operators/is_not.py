# `is not` tests that two names are different objects
a = [1]
b = [1]
print(a is not b)
