# unsupported: module line 3
print(len([1]))
__builtins__.len = print
