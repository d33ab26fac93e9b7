# product, permutations and combinations build tuples of the input's own objects
import itertools

print(list(itertools.product("ab", [1, 2])), list(itertools.product([0, 1], repeat=2)))
print(list(itertools.permutations("abc", 2)))
print(list(itertools.permutations([1, 2, 3])))
print(list(itertools.combinations("abcd", 2)), list(itertools.combinations([1], 2)))
print(list(itertools.combinations_with_replacement("ab", 2)))
names = ["ann", "bob"]
pairs = list(itertools.permutations(names))
print(pairs[1][0] is names[1])
