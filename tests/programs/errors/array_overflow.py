# an int too big for a signed char typecode is an OverflowError
import array

a = array.array("b", [1, 2])
a.append(200)
