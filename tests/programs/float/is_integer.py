# float.is_integer: True for whole values (also huge and negative zero), False for fractions, inf and nan
values = [2.0, -3.0, 2.5, -0.0, 1e300, 5e-324, float("inf"), float("-inf"), float("nan")]
for v in values:
    print(v, v.is_integer())
check = float.is_integer
print(check(7.0), (10 / 4).is_integer(), (10 / 5).is_integer())
