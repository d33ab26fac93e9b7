# a lambda whose body yields is a generator function
f = lambda: (yield 1)
print(list(f()))
