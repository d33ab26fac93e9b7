# pass does nothing
for i in range(2):
    pass
print(i)
