# an object made in a function survives because a name refers to it
def build():
    tmp = {"k": [1, 2]}
    return tmp["k"]

kept = build()
print(kept)
