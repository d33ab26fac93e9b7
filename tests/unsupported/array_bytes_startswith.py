# unsupported: startswith line 5
import array

prefix = array.array("B", [97])
found = b"abc".startswith(prefix)
