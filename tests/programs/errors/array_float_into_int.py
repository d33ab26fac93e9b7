# a float cannot go into an int array
import array

a = array.array("i", [1, 2])
a[0] = 2.5
