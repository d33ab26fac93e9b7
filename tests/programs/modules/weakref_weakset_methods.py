# a WeakSet's set methods and errors; its items are held weakly, compared as the objects
import weakref


class Tag:
    def __init__(self, text):
        self.text = text


a, b, c = Tag("a"), Tag("b"), Tag("c")
tags = weakref.WeakSet([a, b])
tags.update([c, a])
print(len(tags), weakref.getweakrefcount(a))
tags.discard(b)
tags.discard(Tag("x"))
tags.remove(c)
print([t.text for t in tags])
copy = tags.copy()
print(copy == tags, copy is tags, tags == {a}, len(copy))
print(tags.pop() is a, len(tags), len(copy))
copy.clear()
print(len(copy), repr(copy))
for attempt in ["add int", "discard int", "pop empty", "init int", "hash"]:
    try:
        if attempt == "add int":
            tags.add(3)
        elif attempt == "discard int":
            tags.discard(3)
        elif attempt == "pop empty":
            tags.pop()
        elif attempt == "init int":
            weakref.WeakSet(3)
        else:
            hash(tags)
    except (TypeError, KeyError) as e:
        print(attempt, type(e).__name__, e)
