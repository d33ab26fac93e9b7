# unsupported: nonlocal line 9
def make():
    def helper():
        return "outer"

    class Tools:
        nonlocal helper

        def helper():
            return "inner"

    return helper()


print(make())
