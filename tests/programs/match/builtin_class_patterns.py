# builtin classes match their one positional sub-pattern against the subject itself
def kind(value):
    match value:
        case bool(b):
            return f"bool {b}"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int(n):
            return f"int {n}"
        case float(f):
            return f"float {f}"
        case str(s):
            return f"str {s!r}"
        case list([first, *_]):
            return f"list starting with {first}"
        case tuple():
            return "a tuple"
        case dict(d):
            return f"dict of {len(d)}"
    return "something else"


for v in [True, -4, 4, 1.5, "hi", [9, 8], (), {"a": 1}, None]:
    print(kind(v))
