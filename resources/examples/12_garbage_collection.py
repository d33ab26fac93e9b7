# Garbage: rebinding drops the old list
numbers = [1, 2, 3]
numbers = [4, 5]
print(numbers)
