# getattr and hasattr on built-in objects
s = "abc"
up = getattr(s, "upper")
print(up(), hasattr(s, "lower"), hasattr(s, "nope"), getattr(s, "nope", 42))
