# in a function the `as` name is a local that disappears when the handler ends
def parse(text):
    try:
        return int(text)
    except ValueError as problem:
        note = str(problem)
    problem = "reused name"
    return note, problem
print(parse("4x"))
