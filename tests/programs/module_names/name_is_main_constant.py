# __name__ is the interned "__main__": a name bound to it shares the object with the literal
name = __name__
label = "__main__"
print(name, name == label, type(name).__name__)
