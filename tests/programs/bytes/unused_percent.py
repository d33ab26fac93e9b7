# a bytes % formatting in a function that never runs does not stop the program; bytearray(huge) is an OverflowError
def unused():
    return b'%d' % 5
print(bytes(2))
try:
    bytearray(10 ** 30)
except OverflowError as e:
    print(e)
