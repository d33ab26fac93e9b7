# a finally block in a callee runs while the exception passes through to the caller
def work(items):
    try:
        return items[3]
    finally:
        print("closing", len(items))
try:
    work([1, 2])
except IndexError as e:
    print("caller got:", e)
