# a sequence pattern can hold only one starred name
numbers = [1, 2, 3]
match numbers:
    case [first, *middle, *rest]:
        print(first)
