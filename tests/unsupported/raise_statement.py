# unsupported: raise line 4
x = -1
if x < 0:
    raise ValueError("negative")
