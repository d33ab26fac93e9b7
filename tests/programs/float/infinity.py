# float('inf') is larger than any number
inf = float("inf")
print(inf > 10 ** 100)
print(-inf)
