# An uncaught FileNotFoundError made by OSError(errno, strerror, filename)
def open_config(name):
    raise OSError(2, "No such file or directory", name)

open_config("settings.ini")
