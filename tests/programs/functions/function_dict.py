# a function's __dict__ holds the attributes set on it, the same dict at every read
def count():
    count.calls += 1


count.calls = 0
d = count.__dict__
count()
count()
print(d, vars(count) is d)
d["label"] = "counter"
print(count.label)
del count.calls
print(d, count.__dict__ is d)
d.clear()
print(hasattr(count, "label"))
