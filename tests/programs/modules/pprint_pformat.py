# pformat returns pprint's text as a str, and saferepr, isreadable and isrecursive inspect a value
import pprint

matrix = [[i * j for j in range(1, 8)] for i in range(1, 8)]
text = pprint.pformat(matrix, width=40)
print(text)
print(len(text.splitlines()))
print(pprint.pformat({"k": [1, 2]}, indent=2))
print(pprint.saferepr({"b": 1, "a": [2, 3]}))
print(pprint.isreadable([1, 2.5, "x", None]))
print(pprint.isreadable([1, object]))
print(pprint.isrecursive([1, [2]]))
loop = [1, 2]
loop.append(loop)
print(pprint.isrecursive(loop))
print(pprint.isreadable(loop))
