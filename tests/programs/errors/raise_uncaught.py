# raise inside an if: the uncaught ValueError ends the program
x = -1
if x < 0:
    raise ValueError("negative")
