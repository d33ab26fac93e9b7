# unsupported: __loader__ line 3
print(__name__)
print(__loader__)
