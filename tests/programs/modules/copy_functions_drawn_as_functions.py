# copy.copy and copy.deepcopy are functions copy.py writes: drawn with their parameters
from copy import copy, deepcopy
import copy as copy_module

rows = [[1, 2], [3]]
shallow = copy(rows)
deep = deepcopy(rows)
print(type(copy).__name__, type(deepcopy).__name__)
print(shallow[0] is rows[0], deep[0] is rows[0])
print(copy(x=rows) == rows, deepcopy(x=rows, memo=None) == rows)
for call in (lambda: copy(), lambda: copy(1, 2), lambda: copy(y=1),
             lambda: deepcopy(), lambda: deepcopy(1, None, [], 4), lambda: deepcopy(1, z=2)):
    try:
        call()
    except TypeError as e:
        print(e)
print(copy_module.deepcopy is deepcopy)
