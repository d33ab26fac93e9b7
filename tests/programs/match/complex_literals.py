# Imaginary literals as case patterns (matched by ==) and complex annotations
for z in [2j, -2j, 1 + 0j, 3]:
    match z:
        case 2j:
            print("two j")
        case -2j:
            print("minus two j")
        case 1:
            print("one")
        case _:
            print("other", z)
x: complex = 1j
def f(a: 2j = 3j) -> 1j:
    return a
print(f(), f.__annotations__)
