# reading a free variable whose cell a nonlocal del emptied is a NameError
def outer():
    name = "Ada"

    def clear():
        nonlocal name
        del name

    def show():
        print(name)

    clear()
    show()


outer()
