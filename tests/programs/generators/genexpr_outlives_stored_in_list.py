# generator expressions made by calls are kept in a list and consumed after every call returned
def multiples(n, count):
    step = n
    return (step * i for i in range(1, count + 1))


gens = []
for n in range(1, 4):
    gens.append(multiples(n, 3))
for g in gens:
    print(list(g))
