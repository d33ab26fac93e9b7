# literal patterns: ints (also negative), floats, strings, None, True and False, tried case by case
def describe(value):
    match value:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case "hello":
            return "a greeting"
        case None:
            return "nothing"
        case True:
            return "true"
        case False:
            return "false"
    return "no case matched"


for v in [0, -1, 2.5, "hello", None, True, False, 1, 0.0]:
    print(repr(v), "->", describe(v))
