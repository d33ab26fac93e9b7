# mutating a global list needs no `global` statement
log = []

def record(x):
    log.append(x)

record("a")
record("b")
print(log)
