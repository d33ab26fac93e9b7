# `global` lets a function rebind a module name
counter = 0

def bump():
    global counter
    counter += 1

bump()
bump()
print(counter)
