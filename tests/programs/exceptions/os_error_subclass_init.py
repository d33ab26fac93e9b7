# A subclass defining __init__ has OSError.__init__ read the arguments; without one __new__ does
class StorageError(OSError):
    pass

class DiskFull(OSError):
    def __init__(self, device):
        super().__init__(28, "No space left on device", device)
        self.device = device

class Quiet(OSError):
    def __init__(self, code):
        self.code = code

s = StorageError(2, "gone", "a.txt")
print(type(s).__name__, s.errno, s.args, str(s))
d = DiskFull("/dev/sda1")
print(d.errno, d.strerror, d.filename, d.args, str(d), d.device)
q = Quiet(3)
print(q.args, q.errno, repr(str(q)), q.code)
try:
    raise DiskFull("/mnt")
except OSError as e:
    print("caught", e)
