# bytes.startswith/endswith with a tuple try its items in order: a match before an item of the
# wrong type answers True, and the wrong item raises only when its turn comes
data = b"abc"
print(data.startswith((b"a", 1)), data.endswith((b"c", None)), bytearray(b"xy").startswith((b"x", 2)))
try:
    data.startswith((b"z", 1))
except TypeError as err:
    print(err)
try:
    data.endswith((1, b"c"))
except TypeError as err:
    print(err)
