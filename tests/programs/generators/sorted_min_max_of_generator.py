# sorted, min, max and tuple consume generators
def nums():
    yield 3
    yield 1
    yield 2

print(sorted(nums()), min(nums()), max(nums()), tuple(nums()))
