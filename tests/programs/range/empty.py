# a range that holds nothing
r = range(5, 2)
print(len(r), list(r))
