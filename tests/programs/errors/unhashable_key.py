# a list cannot be a dict key
d = {}
d[[1]] = "x"
