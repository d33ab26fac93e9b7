# * works between a string and an int in either order
print(3 * "ab", "cd" * 2)
