# list.remove of a value that is not there
xs = [1, 2]
xs.remove(3)
