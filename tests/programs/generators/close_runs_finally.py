# gen.close() raises GeneratorExit at the paused yield: its finally block runs, then next() stops
def counter():
    n = 0
    try:
        while True:
            yield n
            n += 1
    finally:
        print("cleaning up at", n)


c = counter()
print(next(c), next(c))
result = c.close()
print(result)
print(next(c, "done"))
print(c.close())
