# a bracket closed by the wrong kind
xs = [1, 2)
