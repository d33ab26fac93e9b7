# copy of a set is a new set; deepcopy of a set of tuples
import copy
s = {(1, 2), (3, 4)}
c = copy.copy(s)
d = copy.deepcopy(s)
print(c == s, c is s, d == s)
