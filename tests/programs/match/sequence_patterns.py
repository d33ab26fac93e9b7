# sequence patterns: lists and tuples by length, a starred capture takes the rest as a new list
def shape(items):
    match items:
        case []:
            return "empty"
        case [x]:
            return f"one item {x}"
        case (x, y):
            return f"a pair {x} {y}"
        case [first, *middle, last]:
            return f"{first} then {middle} then {last}"


print(shape([]))
print(shape([1]))
print(shape((2, 3)))
print(shape([1, 2, 3, 4]))
print(shape((5, 6, 7)))
print(shape("ab"))

data = [1, 2, 3]
match data:
    case [head, *tail]:
        print(head, tail, tail is data)
match data:
    case [*_, 3]:
        print("ends with 3")
