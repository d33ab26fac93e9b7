# Catching GeneratorExit and returning (or raising another error) inside the generator
def polite():
    try:
        yield 1
    except GeneratorExit:
        print("closing politely")
        return "ignored value"


def angry():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("will not close")


p = polite()
next(p)
print(p.close())
a = angry()
next(a)
try:
    a.close()
except ValueError as e:
    print("ValueError:", e, type(e.__context__).__name__)
