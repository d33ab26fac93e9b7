# reverse() flips the list in place
xs = [1, 2, 3]
xs.reverse()
print(xs)
