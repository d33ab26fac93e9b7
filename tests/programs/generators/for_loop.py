# a for loop drives a generator until it finishes
def evens(n):
    for i in range(n):
        if i % 2 == 0:
            yield i

for e in evens(5):
    print(e)
