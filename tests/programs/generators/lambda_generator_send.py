# a lambda that yields returns the value sent to it, which StopIteration carries
echo = lambda: (yield "ready")
g = echo()
print(next(g))
try:
    g.send("hello")
except StopIteration as stop:
    print(stop.value)
