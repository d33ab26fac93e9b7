# a closing bracket with no opening one
xs = [1, 2]]
