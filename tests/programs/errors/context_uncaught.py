# an error inside an except clause prints both tracebacks ("During handling ...")
items = []
try:
    first = items[0]
except IndexError:
    print(undefined_name)
