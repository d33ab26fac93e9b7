# except LookupError catches both IndexError and KeyError (their common base class)
def get(container, key):
    try:
        return container[key]
    except LookupError as e:
        print("missing", repr(e))
        return None
get([1, 2], 9)
get({"a": 1}, "b")
print(get({"a": 1}, "a"))
