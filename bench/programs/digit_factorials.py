# Numbers equal to the sum of the factorials of their digits, searched up to a bound (Project Euler 34's question).
FACTORIALS = [1]
for d in range(1, 10):
    FACTORIALS.append(FACTORIALS[-1] * d)


def digit_factorial_sum(n):
    total = 0
    while n:
        n, digit = divmod(n, 10)
        total += FACTORIALS[digit]
    return total


found = [n for n in range(10, 1_000_000) if digit_factorial_sum(n) == n]
print(found, sum(found))
