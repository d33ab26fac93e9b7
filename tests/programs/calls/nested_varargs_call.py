# a recursive call passing *args shrinks the tuple each time
def count(*xs):
    if not xs:
        return 0
    return 1 + count(*xs[1:])

print(count(5, 6, 7))
