# Building lists with append and sorting them.
values = []
seed = 12345
for i in range(300_000):
    seed = (seed * 1103515245 + 12345) % 2147483648
    values.append(seed % 100_000)
ordered = sorted(values)
values.sort(reverse=True)
print(len(values), ordered[0], ordered[-1], values[0])
