# unsupported: memo line 5
import copy

board = [[0, 0], [0, 0]]
clone = copy.deepcopy(board, {})
print(clone)
