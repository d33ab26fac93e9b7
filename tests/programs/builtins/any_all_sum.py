# any, all, and sum with a start value
print(any([]), all([]), any([0, "", 3]), all([1, 0]), sum([1, 2, 3]), sum([[1], [2]], []), sum([0.5, 0.25], 10))
