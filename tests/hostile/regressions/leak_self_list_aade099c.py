# a list that contains itself
a = [1]
a.append(a)
print(len(a), a[1] is a)
