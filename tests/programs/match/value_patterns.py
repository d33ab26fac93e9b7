# value patterns: a dotted name compares the subject with == against a constant of a class
class Color:
    RED = "red"
    GREEN = "green"
    BLUE = "blue"


def paint(color):
    match color:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case Color.BLUE | "cyan":
            return "calm"
    return "?"


for c in ["red", "green", "blue", "cyan", "pink"]:
    print(c, paint(c))
