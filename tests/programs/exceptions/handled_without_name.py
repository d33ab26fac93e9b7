# an exception caught without `as` is still held while its handler runs, then let go
def risky(n):
    return 10 // n


total = 0
for n in [2, 0, 5]:
    try:
        total += risky(n)
    except ZeroDivisionError:
        print("skipped", n)
print(total)
