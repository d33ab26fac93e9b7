# multiplying million-bit ints: schoolbook products of 10**9 and more limb operations
x = (1 << 2**20 - 1) - 1
print((x * x * x * x).bit_length())
