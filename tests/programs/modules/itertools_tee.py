# tee splits one iterator into independent ones sharing what was read
import itertools

source = iter([1, 2, 3])
a, b = itertools.tee(source)
print(next(a), next(a), list(b), list(a))
c, d, e = itertools.tee("xy", 3)
print(list(c), list(d), list(e))
