# looping over a dict's values
prices = {"tea": 3, "cake": 5}
total = 0
for p in prices.values():
    total += p
print(total)
