# a comprehension inside a function body
def evens(n):
    return [i for i in range(n) if i % 2 == 0]

print(evens(7))
