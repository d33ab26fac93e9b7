# raise can throw an exception object made earlier; the handler receives that same object
problem = ValueError("made in advance")
try:
    raise problem
except ValueError as e:
    print(e is problem, e)
