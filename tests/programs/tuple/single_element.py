# a one-item tuple needs a trailing comma
one = (5,)
notuple = (5)
print(one, notuple)
