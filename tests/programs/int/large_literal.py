# a literal with many digits
big = 123456789012345678901234567890
print(big + 1)
