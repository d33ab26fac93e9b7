# unsupported: generator.gi_running line 6
def numbers():
    yield 1


print(numbers().gi_running)
