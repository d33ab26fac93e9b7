# an exception no clause matches leaves the function, which reports it to its caller
def f():
    try:
        return {}["k"]
    except IndexError:
        return "index"
print(f())
