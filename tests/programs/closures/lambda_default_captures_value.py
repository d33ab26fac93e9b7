# A default argument captures the loop value when the lambda is made
def make_adders():
    adders = []
    for i in range(3):
        adders.append(lambda x, i=i: x + i)
    return adders


fs = make_adders()
print([f(10) for f in fs])
