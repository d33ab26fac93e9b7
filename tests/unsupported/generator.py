# unsupported: yield line 2
def numbers(): yield 1

print(list(numbers()))
