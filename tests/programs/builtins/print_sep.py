# print's sep argument
print(1, 2, 3, sep="-")
