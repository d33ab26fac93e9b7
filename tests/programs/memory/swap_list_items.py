# swapping two list items swaps two references
xs = ["left", "right"]
xs[0], xs[1] = xs[1], xs[0]
print(xs)
