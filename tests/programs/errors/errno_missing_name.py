# A name the errno module does not have is an AttributeError
import errno
print(errno.ENOSPC)
print(errno.ENOFILE)
