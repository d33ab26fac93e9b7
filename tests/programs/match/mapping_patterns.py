# mapping patterns: keys looked up like get (extra keys allowed), **rest copies the others
def handle(event):
    match event:
        case {"type": "click", "x": x, "y": y}:
            return f"click at {x},{y}"
        case {"type": "key", **rest}:
            return f"key with {rest}"
        case {}:
            return "some other mapping"
        case _:
            return "not a mapping"


print(handle({"type": "click", "x": 3, "y": 4, "button": 1}))
print(handle({"type": "key", "code": 65, "shift": False}))
print(handle({"type": "scroll"}))
print(handle(["type", "click"]))

config = {"name": "memstep", "debug": True}
match config:
    case {"name": str(name), **others}:
        print(name, others, others is config)
