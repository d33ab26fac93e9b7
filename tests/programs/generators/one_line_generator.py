# a one-line generator function consumed by list()
def numbers(): yield 1

print(list(numbers()))
