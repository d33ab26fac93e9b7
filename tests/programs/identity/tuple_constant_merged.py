# a constant tuple is built once by the compiler and shared
a = (1, 2)
b = (1, 2)
print(a is b)
