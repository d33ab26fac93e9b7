# an array is iterated like a list: the iterator reads it live, builtins take it as an iterable
import array

a = array.array("I", [5, 3, 8])
it = iter(a)
first = next(it)
a.append(1)
rest = list(it)
print(first, rest, type(it).__name__)
print(list(enumerate(a)), list(zip(a, "abcd")))
print(min(a), max(a), sorted(a, reverse=True), set(a) == {1, 3, 5, 8})
print([x * 2 for x in a], tuple(a), any(a), ",".join(str(x) for x in a))
print(a.index(8, -2), a.count(5.0), isinstance(a, array.array), str(a), f"{a}")
