# a bare name captures everything, so a case after it could never run: a SyntaxError
value = 3
match value:
    case other:
        print("got", other)
    case 3:
        print("three")
