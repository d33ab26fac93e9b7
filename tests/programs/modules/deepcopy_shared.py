# deepcopy keeps sharing: one inner list used twice is copied once
import copy
inner = [0]
a = [inner, inner]
b = copy.deepcopy(a)
print(b[0] is b[1], b[0] is inner)
