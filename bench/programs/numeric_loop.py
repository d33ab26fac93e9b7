# A plain numeric loop: int arithmetic, comparisons and one accumulator.
total = 0
i = 0
while i < 1_500_000:
    if i % 3 == 0:
        total += i * 2
    else:
        total -= 1
    i += 1
print(total)
