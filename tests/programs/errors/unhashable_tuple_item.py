# a tuple holding a list is unhashable: the error names the list, not the tuple
seen = {}
seen[(1, [2])] = 3
