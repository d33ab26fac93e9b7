# a dict value and a name can be the same list
xs = [1]
d = {"k": xs}
xs.append(2)
print(d)
