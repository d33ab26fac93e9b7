# unsupported: __dict__ line 7
# an exception's __dict__: memstep makes an exception's attributes its own way
try:
    raise ValueError("bad")
except ValueError as e:
    e.note = "checked"
    print(e.__dict__)
