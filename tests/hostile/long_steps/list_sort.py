# list.sort() of ten million mixed ints and floats (every comparison goes through the interpreter)
x = [1, 0.5] * 5 * 10**6
x.sort()
print(x[0])
