# := in a comprehension in a function binds the function's variable (a cell), listed after
# the locals bound in the same step
def evens_after(items):
    kept = [t for v in items if (t := v + 1) % 2 == 0]
    return kept, t


print(evens_after([1, 2, 3, 4]))
