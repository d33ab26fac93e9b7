# a capture pattern binds the subject to a name; the wildcard `_` matches without binding
def classify(point):
    match point:
        case 0:
            kind = "origin"
        case other:
            kind = "somewhere else: " + str(other)
    return kind


print(classify(0))
print(classify(7))

command = "stop"
match command:
    case "go":
        print("going")
    case _:
        print("unknown command", command)
