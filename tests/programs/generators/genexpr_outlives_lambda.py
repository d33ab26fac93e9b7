# a lambda returns a generator expression reading its parameter
evens = lambda limit: (n for n in range(limit) if n % 2 == 0)
print(sum(evens(10)))
g = evens(5)
print(next(g), next(g), next(g))
