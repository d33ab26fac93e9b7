# float.fromhex is a classmethod taking one str: called on an instance, and its TypeErrors
print((2.5).fromhex("0x1p3"), float.fromhex("-0x1.4p0"))
for args in [(5,), (), ("1", "2"), (["0x1"],)]:
    try:
        float.fromhex(*args)
    except TypeError as e:
        print(e)
try:
    float.fromhex(string="1")
except TypeError as e:
    print(e)
