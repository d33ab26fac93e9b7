# list() turns a range into a list
nums = list(range(3, 7))
print(nums)
