# deepcopy of a tuple of immutables returns the same tuple; with a list inside, a new one
import copy
t = (1, "two", (3, 4))
u = (1, [2])
print(copy.deepcopy(t) is t, copy.deepcopy(u) is u, copy.copy(u) is u)
v = copy.deepcopy(u)
