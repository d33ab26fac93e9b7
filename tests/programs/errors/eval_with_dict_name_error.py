# eval with a globals dict: the module's names are not there, so reading one fails
total = 10
print(eval("total + 1", {"count": 1}))
