# a __missing__ that raises: its KeyError comes out of d[k] with its traceback
class Strict(dict):
    def __missing__(self, key):
        raise KeyError("no " + key)


d = Strict(a=1)
print(d["a"])
print(d["b"])
