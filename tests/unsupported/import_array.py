# unsupported: array line 3
x = 1
import array
a = array.array("i", [1, 2])
