# a passing assert does nothing and does not evaluate its message
def check(x):
    assert x > 0, "x must be positive: " + undefined
    return x * 2
print(check(3))
