# indexing an int
n = 5
print(n[0])
