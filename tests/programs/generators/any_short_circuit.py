# any() stops pulling from a generator at the first true value
def check(x):
    print("check", x)
    return x > 1

print(any(check(x) for x in [1, 2, 3, 4]))
