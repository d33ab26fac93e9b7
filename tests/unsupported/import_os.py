# unsupported: os line 3
x = 1
import os
print(os.getcwd())
