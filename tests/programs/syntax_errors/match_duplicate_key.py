# a mapping pattern cannot check the same literal key twice
config = {"mode": 1}
match config:
    case {"mode": 1, "mode": 2}:
        print("both")
