# a generator expression inside a list comprehension reads the comprehension's variable
rows = [[1, 2], [3, 4]]
sums = [sum(x * r[0] for x in r) for r in rows]
print(sums)
