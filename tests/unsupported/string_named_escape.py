# unsupported: \N line 2
bullet = "\N{BULLET} first item"
print(bullet)
