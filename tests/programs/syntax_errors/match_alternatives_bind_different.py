# every alternative of an or-pattern must bind the same names
point = (0, 5)
match point:
    case (0, y) | (x, 0):
        print("on an axis")
