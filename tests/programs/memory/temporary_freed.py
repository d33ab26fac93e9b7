# a list only used inside an expression is never bound to a name
n = len([1, 2, 3]) + 1
print(n)
