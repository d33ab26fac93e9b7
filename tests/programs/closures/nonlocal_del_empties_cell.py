# del of a nonlocal empties the outer function's cell: the outer frame loses the name
def outer():
    token = [1, 2]

    def forget():
        nonlocal token
        del token

    forget()
    try:
        print(token)
    except UnboundLocalError as e:
        print(e)
    token = "again"
    print(token)


outer()
