# each next() resumes the generator frame where it stopped
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1

g = count(3)
print(next(g))
print(next(g))
