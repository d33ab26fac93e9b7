# struct reads an array.array's bytes and pack_into writes into them, as into a bytearray
import array
import struct

nums = array.array("h", [1, -2, 3])
print(struct.unpack("<3h", nums))
print(struct.unpack_from("<h", nums, 2))
struct.pack_into("<h", nums, 4, 300)
print(nums)
print(list(struct.iter_unpack("<h", nums)))
