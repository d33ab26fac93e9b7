# a class pattern whose name is not a class raises TypeError
def area(shape):
    return 0


match 5:
    case area():
        print("matched")
