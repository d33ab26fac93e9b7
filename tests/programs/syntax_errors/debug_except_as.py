# An except clause naming its exception __debug__
try:
    pass
except ValueError as __debug__:
    pass
