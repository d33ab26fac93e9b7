# gen.throw(exc) raises exc at the paused yield; the generator catches it and yields again
def worker():
    total = 0
    while True:
        try:
            x = yield total
            total += x
        except ValueError as e:
            print("bad value:", e)
            total = -1


w = worker()
next(w)
print(w.send(5))
err = ValueError("negative")
print(w.throw(err))
print(w.send(10))
