# a comprehension over the characters of a string
codes = [ord(c) for c in "abc"]
print(codes)
