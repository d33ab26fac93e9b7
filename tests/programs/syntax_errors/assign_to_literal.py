# a literal cannot be assigned to
5 = x
