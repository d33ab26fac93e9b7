# a generator expression left half consumed after its function returned is resumed later
def words(text, sep):
    return (w.upper() for w in text.split(sep) if w)


g = words("a,b,,c", ",")
print(next(g))
print("later")
for w in g:
    print(w)
print(next(g, "done"))
