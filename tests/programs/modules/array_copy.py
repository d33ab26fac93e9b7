# copy.copy and copy.deepcopy of an array make a new array; deepcopy keeps shared arrays shared
import array
import copy

a = array.array("i", [1, 2, 3])
alias = a
shallow = copy.copy(a)
pair = [a, a]
deep = copy.deepcopy(pair)
a.append(4)
print(alias is a, shallow is a, shallow == a)
print(deep[0] is deep[1], deep[0] is a, deep)
print(shallow, alias)
