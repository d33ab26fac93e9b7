# a keyword given twice through ** is an error at the call
def f(**kw):
    return kw

f(a=1, **{"a": 2})
