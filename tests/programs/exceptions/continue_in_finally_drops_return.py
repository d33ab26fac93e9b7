# a continue or break in a finally body drops the pending return: the function returns what comes later
def keep_going(items):
    for item in items:
        try:
            return item
        finally:
            continue
    return "loop done"


def stop_early(items):
    for item in items:
        try:
            return item * 10
        finally:
            break


print(keep_going([1, 2, 3]))
print(stop_early([4, 5]))
