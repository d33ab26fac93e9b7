# an except clause whose type fails to evaluate raises its own error, and the finally body still runs
def check():
    try:
        raise ValueError("first")
    except UndefinedName:
        print("not reached")
    finally:
        print("cleanup")
        return "finally wins"


def propagate():
    try:
        raise KeyError("k")
    except missing_class:
        pass
    finally:
        print("cleanup again")


print(check())
try:
    propagate()
except NameError as e:
    print("caught", e, type(e.__context__).__name__)
