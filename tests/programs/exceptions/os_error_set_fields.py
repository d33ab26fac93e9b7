# errno, strerror and filename can be set, and str() follows; args does not
err = OSError(2, "No such file")
err.errno = 7
print(str(err), err.args)
err.filename = "data.txt"
print(str(err))
err.filename2 = "copy.txt"
print(str(err))
del err.filename
print(err.filename, str(err))
err.strerror = None
print(str(err))
