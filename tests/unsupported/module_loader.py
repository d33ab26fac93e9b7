# unsupported: __loader__ line 4
# the attributes of __main__'s __loader__ are CPython's import machinery
print(__name__)
print(__loader__.name)
