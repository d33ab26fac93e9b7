# a function can read a global name
rate = 3

def scaled(x):
    return x * rate

print(scaled(5))
