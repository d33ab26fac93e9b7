# return hands a value back to the caller
def square(x):
    return x * x

y = square(12)
print(y)
