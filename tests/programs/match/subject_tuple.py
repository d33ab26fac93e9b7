# `match a, b:` matches a tuple; match and case stay ordinary names everywhere else
def fizz(n):
    match n % 3, n % 5:
        case 0, 0:
            return "FizzBuzz"
        case 0, _:
            return "Fizz"
        case _, 0:
            return "Buzz"
        case _:
            return str(n)


print(" ".join(fizz(n) for n in range(1, 16)))

match = "a name"
case = [1, 2]
print(match, case)
print(len(match), case[0])
