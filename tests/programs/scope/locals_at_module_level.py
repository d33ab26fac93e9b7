# at module level locals() and vars() are globals(); dir() lists the module's names sorted
n = 5
print(locals() is globals(), vars() is globals())
print(dir())
locals()["m"] = n + 1
print(m)
