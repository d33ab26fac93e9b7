# unsupported: multi-line line 4
point = (0, 0)
match point:
    case (0,
          0):
        print("origin")
