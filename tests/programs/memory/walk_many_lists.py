# A loop reads 200 small lists: the heap keeps some 600 objects while a step changes a name or two.
rows = [[i, i * i] for i in range(200)]
total = 0
for row in rows:
    total += row[1]
print(total)
