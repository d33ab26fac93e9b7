# split() and strip() take away every Unicode space; repr() escapes what is not printable.
text = "a\u3000b\xa0c"
parts = text.split()
print(parts, " \u2003x\u2003".strip(), "èa".strip("é"))
print(repr("\x8e"), repr("a\u3000b"), repr("\u200b"), repr("\U0001f600"), repr("\ud7ff"))
print([repr(c) for c in "\x7f\xa0\xad\u2028"])
