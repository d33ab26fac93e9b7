# throw() into a generator paused in `yield from` another generator reaches that inner generator first
def worker():
    total = 0
    while True:
        try:
            total += yield total
        except ValueError as e:
            print("worker skips", e)
        except KeyError:
            return total * 100


def manager():
    result = yield from worker()
    print("worker returned", result)
    yield "manager done"


m = manager()
print(next(m), m.send(2), m.send(3))
print(m.throw(ValueError("bad")))
print(m.throw(KeyError))


def fragile():
    yield 1


def guard():
    try:
        yield from fragile()
    except TypeError as e:
        print("guard caught", e)
        yield "recovered"


gd = guard()
next(gd)
print(gd.throw(TypeError("oops")))
