# a function body of bare annotations compiles to nothing: the call returns from the def line
def declare():
    total: int
    names: list[str]


print(declare(), declare.__annotations__)
