# send() resumes the generator and becomes the value of its yield
def echo():
    received = None
    while True:
        received = yield received

g = echo()
next(g)
print(g.send("a"))
print(g.send("b"))
