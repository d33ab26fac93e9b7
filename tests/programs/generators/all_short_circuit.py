# all() stops at the first false value
def check(x):
    print("check", x)
    return x < 2

print(all(check(x) for x in [1, 2, 3]))
