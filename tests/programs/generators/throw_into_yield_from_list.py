# throw() and close() on a generator paused in `yield from` a list: raised at the `yield from`
def over(items):
    try:
        yield from items
    except KeyError as e:
        print("caught", e)
        yield "after"
    finally:
        print("closed")


g = over([1, 2, 3])
print(next(g))
print(g.throw(KeyError("k")))
g.close()
