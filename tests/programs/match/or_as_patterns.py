# or-patterns try each alternative in turn; `as` binds what the sub-pattern matched
def weekday(n):
    match n:
        case 1 | 2 | 3 | 4 | 5:
            return "weekday"
        case 6 | 7:
            return "weekend"
    return "no such day"


print(weekday(3), weekday(7), weekday(9))


def pair(item):
    match item:
        case [x] | (x, None):
            return f"single {x}"
        case (a, b) as both:
            return f"pair {both} with {a} and {b}"
        case [int() | float() as number, *_]:
            return f"starts with the number {number}"
    return "other"


print(pair([1]))
print(pair((2, None)))
print(pair((3, 4)))
print(pair([5.5, "x", "y"]))
print(pair(["a", "b", "c"]))
