# a := that never ran leaves the function's variable unbound
def last_big(values):
    [v for v in values if (last := v) > 10]
    return last


print(last_big([1, 2]))
print(last_big([]))
