# float.fromhex of a malformed string: uncaught ValueError
values = [float.fromhex("0x1p4"), float.fromhex("  1.8 ")]
print(values)
print(float.fromhex("0x1.8q3"))
