# sum adds up a list
total = sum([1, 2, 3, 4])
print(total)
