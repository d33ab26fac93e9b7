# unsupported: buffer_info line 5
import array

a = array.array("i", [1, 2])
info = a.buffer_info()
