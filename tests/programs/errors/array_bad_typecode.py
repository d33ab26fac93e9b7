# array() with an unknown typecode is a ValueError
import array

sizes = [1, 2]
a = array.array("z", sizes)
