# parentheses change the order of evaluation
a = (2 + 3) * 4
print(a)
