# __setattr__ and __delattr__ refusing some names, the rest done by super()
class Frozen:
    def __init__(self, value):
        super().__setattr__("value", value)

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name}")

    def __delattr__(self, name):
        if name == "value":
            raise AttributeError("value is permanent")
        super().__delattr__(name)


f = Frozen(5)
try:
    f.value = 6
except AttributeError as e:
    print(e)
object.__setattr__(f, "extra", 1)
del f.extra
try:
    del f.value
except AttributeError as e:
    print(e)
print(f.value, hasattr(f, "extra"))
