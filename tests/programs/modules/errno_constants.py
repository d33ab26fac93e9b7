# The errno module: Linux's error numbers by name and errorcode from number back to name
import errno
print(errno.ENOENT, errno.EACCES, errno.EEXIST, errno.EPERM, errno.ETIMEDOUT)
print(errno.errorcode[2], errno.errorcode[13], errno.errorcode[11], errno.EAGAIN == errno.EWOULDBLOCK)
print(len(errno.errorcode), sorted(errno.errorcode)[:5], max(errno.errorcode))
err = OSError(errno.ENOENT, "No such file or directory", "x.txt")
print(type(err).__name__, errno.errorcode[err.errno], err)
print(list(errno.errorcode.items())[:4])
from errno import EISDIR, ENOTDIR
print(EISDIR, ENOTDIR)
