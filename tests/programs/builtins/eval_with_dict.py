# eval and exec with a globals dict written in the call: the text reads its names (and the builtins), not the module's
def double(n):
    return n * 2


a = 100
print(eval("a + 1", {"a": 2}))
print(eval("len(s) + a", {"s": "abc", "a": 1}))
print(eval("double(a)", {"double": double, "a": 4}))
exec("def g():\n    return k * 2\nprint(g(), a)", {"k": 21, "a": "text"})
f = eval("lambda: a * 3", dict(a=5))
print(f(), a)
print(eval("[x * y for x in range(y)]", {"y": 3}))
