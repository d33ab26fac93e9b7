# re's flags are ints: arithmetic and ordering give plain ints, and ints made that way still work as flags
import re

print(re.I + 1, re.M * 2, -re.I, re.M // 3, re.M % 3, re.I ** 3, re.M >> 1)
print(re.I < re.M, max(re.I, re.M), sorted([re.M, re.A, re.I]), sum([re.I, re.M]))
print(hex(re.I), bin(re.M), re.I.bit_length(), abs(re.I), float(re.I))
both = re.I + re.M
print(both, type(both))
print(re.findall(r"^b", "a\nB\nb", both))
print(re.compile("x", 2) is re.compile("x", re.I))
print(re.compile("x", re.I).flags, type(re.compile("x", re.I).flags))
