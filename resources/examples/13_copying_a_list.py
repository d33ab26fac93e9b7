# Copying a list versus aliasing it
original = [1, 2, 3]
alias = original
copy = original[:]
alias.append(4)
copy.append(99)
print(original, alias, copy)
