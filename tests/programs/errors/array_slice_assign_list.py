# only an array can be assigned to an array slice
import array

a = array.array("i", [1, 2, 3])
a[0:2] = [5, 6]
