# a list comprehension builds a new list
squares = [x * x for x in range(5)]
print(squares)
