# **kwargs collects unknown keyword arguments into a new dict, in call order
def options(**kw):
    return kw

o = options(color="red", size=3)
print(o)
