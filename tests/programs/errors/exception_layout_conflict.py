# A class extending OSError and SyntaxError fails: both add fields to BaseException
class Broken(OSError, SyntaxError):
    pass
