# a builtin class such as int takes only one positional sub-pattern
match 42:
    case int(x, y):
        print(x, y)
