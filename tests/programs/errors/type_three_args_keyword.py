# type() with three arguments checks them as CPython does
for args in [(1, (), {}), ("P", [], {}), ("P", (), 1), ("P", (1,), {})]:
    try:
        type(*args)
    except TypeError as e:
        print(e)
try:
    type("P", (), {"__qualname__": 3})
except TypeError as e:
    print(e)
type("P", (), {}, x=1)
