# the object `except ... as err` binds is the one the function raised, kept from raise to except
saved = []


def parse(text):
    e = ValueError("bad value")
    saved.append(e)
    raise e


try:
    parse("x")
except ValueError as err:
    print(err, err is saved[0])
print(len(saved))
