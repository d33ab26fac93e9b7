# reading past the end of an array is an IndexError
import array

a = array.array("d", [1.0])
print(a[1])
