# A subclass of OSError defining __new__: OSError.__new__ parses the arguments it is given
class Fault(OSError):
    def __new__(cls, code, where):
        return super().__new__(cls, code, "fault", where)

f = Fault(2, "disk.img")
print(type(f).__name__, f.errno, f.strerror, f.filename, f.args, str(f))
g = OSError.__new__(OSError, 2, "via OSError.__new__")
print(type(g).__name__, g.args)
