# dict.items as a list of tuples
d = {"x": 1}
print(list(d.items()))
