# and stops at the first false operand, so the division never runs
d = 0
ok = d != 0 and 10 / d > 1
print(ok)
