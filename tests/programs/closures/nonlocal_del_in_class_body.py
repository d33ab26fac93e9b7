# a class body can also delete the function's variable it declared nonlocal
def make():
    temp = [0]

    class Holder:
        nonlocal temp
        kept = temp
        del temp

    try:
        print(temp)
    except UnboundLocalError as e:
        print(e)
    print(Holder.kept)


make()
