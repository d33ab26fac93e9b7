# a module docstring (the first statement, even after comments) becomes __doc__
"""A module docstring becomes __doc__."""
doc = __doc__
print(doc)
print(len(__doc__), __doc__.split()[0])
