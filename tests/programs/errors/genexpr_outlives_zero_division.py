# a generator expression used after its function returned raises from the function's variable
def ratios(xs, d):
    return (x / d for x in xs)


print(list(ratios([1, 2], 0)))
