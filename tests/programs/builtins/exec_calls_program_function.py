# Text run by exec calls the program's own function: that call's steps are recorded
def double(v):
    return v * 2


exec("r = double(5)\nprint('in exec:', r)")
print(double(r))
