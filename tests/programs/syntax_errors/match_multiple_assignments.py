# one pattern cannot bind the same name twice
pair = (1, 1)
match pair:
    case (x, x):
        print("same")
