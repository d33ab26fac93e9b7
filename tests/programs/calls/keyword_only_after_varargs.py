# a parameter after *args is keyword-only
def join(*parts, sep):
    return sep.join(parts)

print(join("a", "b", sep="-"))
