# a NameError for a misspelt global suggests the global
length = 3
print(lenght)
