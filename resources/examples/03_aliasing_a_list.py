# Aliasing a list
first = [1, 2, 3]
second = first
second.append(4)
print(first)
print(first is second)
