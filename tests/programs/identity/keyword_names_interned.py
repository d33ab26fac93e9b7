# keyword argument names are the file's string constants, so a **kwargs dict is keyed by them
def collect(**options):
    return options


label = "colour"
opts = collect(colour=1, size=2)
keys = list(opts)
print(keys[0] is label)
made = dict(colour=3)
print(list(made)[0] is label)
made.update(size=4)
print(list(made)[1] is keys[1])
again = collect(**made)
print(list(again)[0] is label, list(again)[1] is keys[1])
