# a lambda is a small anonymous function
inc = lambda x: x + 1
print(inc(41))
