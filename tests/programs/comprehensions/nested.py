# two for clauses in one comprehension
pairs = [(i, j) for i in range(2) for j in range(2)]
print(pairs)
