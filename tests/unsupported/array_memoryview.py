# unsupported: memoryview line 5
import array

a = array.array("i", [1, 2])
view = memoryview(a)
