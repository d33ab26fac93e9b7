# calling a generic alias calls its origin: list[int]() is a plain new list
numbers = list[int]()
numbers.append(3)
pairs = dict[str, int](a=1, b=2)
print(numbers, pairs, type(numbers).__name__)
