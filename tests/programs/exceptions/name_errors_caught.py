# except NameError also catches UnboundLocalError, its subclass
def f():
    try:
        print(total)
    except NameError as e:
        print(type(e).__name__, e)
    total = 1
    return total
f()
try:
    print(no_such_name)
except NameError as e:
    print(type(e).__name__, e)
