# when no case matches nothing runs and a pattern that failed half way binds nothing
status = 418
message = "unset"
match status:
    case 200:
        message = "ok"
    case 404:
        message = "not found"
print(message)

first = "unset"
point = [1, 2, 3]
match point:
    case [x, y]:
        print("two", x, y)
    case [first, "two", third]:
        print("three", first, third)
print(first)
