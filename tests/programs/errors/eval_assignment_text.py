# eval takes one expression: an assignment's text fails at its `=`, with a caret under it
total = 0
eval("total = total + 1")
