# Sorting many ints keeps equal values in their original order (visible by identity).
big = [1000 + i % 5 for i in range(100)]
first_1000 = [x for x in big if x == 1000]
ordered = sorted(big)
print(ordered[:7], ordered[-3:])
print(all(a is b for a, b in zip([x for x in ordered if x == 1000], first_1000)))
big.sort(reverse=True)
print(big[:3], big[-3:])
mixed = [3, True, 2, False] * 20
print(sorted(mixed)[:4], sorted(mixed, reverse=True)[:4])
