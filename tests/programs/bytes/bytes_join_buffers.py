# bytes.join takes any buffer as an item: bytes, bytearray, an array.array, a memoryview
import array

parts = [b"ab", bytearray(b"cd"), array.array("B", [101, 102]), memoryview(b"-gh-")[1:3]]
print(b"|".join(parts))
print(bytearray(b", ").join(parts[2:]))
try:
    b"".join([b"x", "y"])
except TypeError as e:
    print(e)
