# positional parameters are filled first, the rest goes to *args
def tag(name, *rest):
    return [name, rest]

t = tag("a", 1, 2)
print(t)
