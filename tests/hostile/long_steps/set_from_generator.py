# set() built from an endless-looking generator expression (a small set, a huge input)
print(len(set(x % 7 for x in range(10**12))))
