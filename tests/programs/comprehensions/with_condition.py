# a comprehension with an if filter
evens = [n for n in range(10) if n % 2 == 0]
print(evens)
