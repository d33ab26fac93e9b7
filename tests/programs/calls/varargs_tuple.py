# *args collects the extra positional arguments into a new tuple
def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s

print(total())
print(total(1, 2, 3))
