# `not in` is the opposite of `in`
xs = [1, 2]
print(3 not in xs)
