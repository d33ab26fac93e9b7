# object's attribute methods on an int: reading finds int's own attributes, storing has no place
print(object.__getattribute__(5, "real"))
try:
    object.__getattribute__(5, "colour")
except AttributeError as e:
    print(e)
try:
    object.__delattr__([], "x")
except AttributeError as e:
    print(e)
