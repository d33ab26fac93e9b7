# dict methods on globals() bind and unbind module names
g = globals()
g.update(a=1, b=2)
print(a + b)
g.setdefault("c", [a, b])
print(c)
removed = g.pop("a")
print(removed, "a" in g, g.get("a", "gone"))
print(sorted(k for k in g if not k.startswith("__")))
