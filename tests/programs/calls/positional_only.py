# parameters before / are positional-only
def power(base, exp, /, mod=None):
    r = base ** exp
    if mod is not None:
        r = r % mod
    return r

print(power(2, 10))
print(power(2, 10, mod=7))
