# generators kept in a list pause with their own variables, each resumed in turn
def counter(name, start):
    n = start
    while True:
        yield name + str(n)
        n += 1


gens = [counter("a", 1), counter("b", 10)]
print(next(gens[0]))
print(next(gens[1]))
print(next(gens[0]))
gens.pop()
print(len(gens))
