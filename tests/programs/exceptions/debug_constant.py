# __debug__ is True (python3 runs without -O), so code under `if __debug__:` runs
print(__debug__)
if __debug__:
    print("checks are on")
def check(value):
    if __debug__ and value < 0:
        print("negative:", value)
    return value
check(-3)
print(type(__debug__).__name__, __debug__ is True)
