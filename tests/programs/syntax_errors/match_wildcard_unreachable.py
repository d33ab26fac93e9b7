# a wildcard case before other cases makes them unreachable: a SyntaxError
def check(n):
    match n:
        case _:
            return "anything"
        case 1:
            return "one"
