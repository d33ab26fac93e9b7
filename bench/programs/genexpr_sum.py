# 200,000 short generator expressions, each summing three items (a generator made and run per loop).
total = 0
for i in range(200_000):
    total += sum(d for d in (1, 2, 3))
print(total)
