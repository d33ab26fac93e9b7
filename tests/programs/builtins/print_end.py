# print's end argument
print("a", end="")
print("b", end="!\n")
