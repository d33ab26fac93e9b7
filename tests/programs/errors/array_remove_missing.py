# remove() of a value the array does not hold is a ValueError
import array

a = array.array("i", [1, 2])
a.remove(3)
