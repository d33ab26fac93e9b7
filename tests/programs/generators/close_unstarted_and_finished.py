# close() on a generator that never started and on one that already finished
def g():
    print("body runs")
    yield 1


fresh = g()
print(fresh.close())
print(next(fresh, "empty"))
done = g()
print(list(done))
print(done.close())
