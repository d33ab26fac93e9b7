# all() over a range of 10**12 truthy ints
print(all(range(1, 10**12)))
