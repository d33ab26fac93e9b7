# == on lists compares item by item
print([1, [2]] == [1, [2]], [1, 2] < [1, 3])
