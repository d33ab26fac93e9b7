# str() of a KeyError is the repr of the key, so a string key shows quotes
d = {}
try:
    d["name"]
except KeyError as e:
    print(str(e))
    print(e.args)
    print(e.args[0])
