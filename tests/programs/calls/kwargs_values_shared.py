# the **kwargs dict is new, but its values are the caller's objects
def grab(**kw):
    return kw

data = [1]
k = grab(v=data)
k["v"].append(2)
print(data)
