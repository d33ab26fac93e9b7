# an infinite generator is fine when the consumer stops early
def naturals():
    n = 0
    while True:
        yield n
        n += 1

for n in naturals():
    if n == 3:
        break
    print(n)
