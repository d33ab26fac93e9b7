# print() alone prints an empty line
print()
print("after")
