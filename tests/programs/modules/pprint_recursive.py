# pprint marks a list that contains itself; its text holds an id, so only facts about it are printed
import pprint

loop = [1, 2]
loop.append(loop)
print(pprint.pformat(loop).startswith("[1, 2, <Recursion on list with id="))
print(pprint.pformat(loop, width=5).splitlines()[:2], len(pprint.pformat(loop, width=5).splitlines()))
d = {"self": None}
d["self"] = d
print(pprint.saferepr(d)[:30])
print(pprint.isrecursive(d), pprint.isreadable(d))
