# An indented line holding only a backslash is no block: the if has no body (IndentationError; memstep crashed here)
x = -1
if x < 0:
    \

print(x)
