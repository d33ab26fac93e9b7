# copy and deepcopy of a dict of lists
import copy
d = {"a": [1], "b": [2]}
s = copy.copy(d)
dd = copy.deepcopy(d)
s["a"].append(10)
print(d, dd, s["b"] is d["b"], dd["b"] is d["b"])
