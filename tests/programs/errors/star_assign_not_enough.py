# a, *b, c needs at least two values
a, *b, c = [1]
