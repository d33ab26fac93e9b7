# rebinding the last name of a list frees the list
data = [1, 2, 3]
data = "gone"
print(data)
