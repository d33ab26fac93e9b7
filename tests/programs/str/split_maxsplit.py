# split and rsplit with a separator and maxsplit
s = "a,b,,c,d"
print(s.split(","), s.split(",", 2), s.rsplit(",", 2))
print("  one  two three ".split(), " x y z".rsplit(None, 1))
print("a b  ".split(None, 1), " x y ".rsplit(None, 1), "  a b".split(None, 0))
