# pop() from an empty array is an IndexError
import array

a = array.array("i")
a.pop()
