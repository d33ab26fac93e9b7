# unsupported: namespace line 3
# a built-in type's namespace is CPython's own machinery: every slot wrapper and method it has
print(len(vars(int)))
