# sum() over a generator expression
xs = [1, 2, 3, 4]
total = sum(x * x for x in xs if x % 2 == 0)
print(total)
