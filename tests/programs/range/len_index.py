# ranges support len() and indexing
r = range(10, 20, 2)
print(len(r), r[2])
