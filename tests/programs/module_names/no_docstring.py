# without a docstring, __doc__ is None, and so are __package__, __spec__ and __cached__
print(__doc__, __package__, __spec__, __cached__)
print(__doc__ is None)
