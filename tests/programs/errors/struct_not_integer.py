# an integer format code given a float ends in struct.error
import struct

reading = 21.5
data = struct.pack("<i", reading)
