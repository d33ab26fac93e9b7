# A list of 40 ints, sorted into a new list and then in place.
numbers = [(i * 37) % 41 for i in range(1, 41)]
ordered = sorted(numbers)
numbers.sort(reverse=True)
print(ordered[:5], numbers[:5])
