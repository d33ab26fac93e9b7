# A numpy program (memstep's interpreter refuses the import): under --engine auto python3 runs
# it, and an ndarray is drawn as a box of its type holding its short repr.
import numpy as np

scores = np.array([72, 85, 90, 64])
curved = scores + 5
same = curved
best = int(curved.max())
print(curved, best, same is curved)
