# copying ints, strs and frozensets: copy returns them as they are
import copy
n = 10 ** 30
s = "hello"
f = frozenset([1, 2])
print(copy.copy(n) is n, copy.deepcopy(s) is s, copy.copy(f) is f)
g = copy.deepcopy(f)
print(g == f)
