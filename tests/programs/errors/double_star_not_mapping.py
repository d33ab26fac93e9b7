# f(**x) needs a mapping
def f(**kw):
    return kw

f(**[1])
