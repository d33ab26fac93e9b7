# a guard runs after the pattern bound its names; when it is false the next case is tried
def sign(n):
    match n:
        case x if x > 0:
            return "positive"
        case x if x < 0:
            return "negative"
        case _:
            return "zero"


print(sign(5), sign(-2), sign(0))

pair = (3, 1)
match pair:
    case (a, b) if a < b:
        print("ascending")
    case (a, b) if a == b:
        print("equal")
print("no case matched, yet a and b stay bound:", a, b)
