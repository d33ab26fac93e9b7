# a generator expression that asks itself for its next value: ValueError
def make():
    gens = []
    g = (next(gens[0]) for x in [1])
    gens.append(g)
    return g


print(next(make()))
