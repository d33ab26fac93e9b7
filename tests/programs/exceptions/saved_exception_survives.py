# the handler's name is deleted at its end, but another name can keep the exception object
saved = None
try:
    [1, 2, 3].index(7)
except ValueError as err:
    saved = err
print(type(saved).__name__, saved)
print(saved.args)
