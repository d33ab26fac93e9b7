# a builtin type's names are candidates
print(str.uper("a"))
