# deepcopy of a list that contains itself copies the cycle
import copy
a = [1, 2]
a.append(a)
b = copy.deepcopy(a)
print(b[2] is b, b is a)
