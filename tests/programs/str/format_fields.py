# str.format with positional, indexed, keyword, attribute and item fields
point = {"x": 3, "y": 4}
items = [10, 20]
print("{} + {} = {}".format(1, 2, 3), "{1}{0}{1}".format("a", "b"))
print("{name} is {age}".format(name="Ann", age=30), "{0[x]},{0[y]}".format(point), "{[1]}".format(items))
