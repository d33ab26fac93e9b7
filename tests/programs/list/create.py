# a list holds references to its items
nums = [1, 2, 3]
print(nums)
