# Lambdas made in a loop share one cell, so all see its last value
def make_adders():
    adders = []
    for i in range(3):
        adders.append(lambda x: x + i)
    return adders


fs = make_adders()
print([f(10) for f in fs])
