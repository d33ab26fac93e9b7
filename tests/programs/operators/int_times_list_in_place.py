# `n *= xs` with an int on the left makes a new list: the int has no in-place form, so the
# list on the right is left as it was.
xs = [1, 2]
n = 2
n *= xs
print(xs, n, n is xs)
t = (3,)
k = 3
k *= t
print(t, k)
