# A def, a class and an import after `nonlocal name` rebind the enclosing function's variable (its cell), not a local of their own
def outer():
    def helper():
        return "first"

    tool = None

    def rebind():
        nonlocal helper, tool

        def helper():
            return "second"

        class tool:
            size = 3

    def bring():
        nonlocal tool
        import math as tool

    rebind()
    print(helper(), tool.size)
    bring()
    print(tool.__name__, tool.sqrt(16))


outer()
