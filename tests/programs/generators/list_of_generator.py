# list() consumes a generator completely
def squares(n):
    for i in range(n):
        yield i * i

print(list(squares(4)))
