# a generator expression consuming another one, item by item
evens = (n for n in range(6) if n % 2 == 0)
squares = (e * e for e in evens)
print(next(squares))
print(list(squares))
