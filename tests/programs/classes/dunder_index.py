# A class's __index__ makes its objects usable wherever Python wants an int position or count
import operator


class Pos:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


two = Pos(2)
letters = ["a", "b", "c", "d", "e"]
print(letters[two])
print(letters[Pos(-1)])
print(letters[two:])
print(letters[:Pos(3):two])
print("hello"[two], (10, 20, 30)[two])
print(list(range(two)), list(range(Pos(1), Pos(7), two)))
print(range(10)[two])
print(bin(two), hex(Pos(255)), oct(Pos(8)))
print(operator.index(Pos(10**20)))
print(int(Pos(7)), float(Pos(3)))
print([0] * two, two * "ab", (1,) * Pos(3))
letters[two] = "C"
del letters[Pos(0)]
print(letters)
row = [1]
row *= Pos(3)
print(row)
print(chr(Pos(65)), round(2.567, Pos(1)))
print("%x %d %c" % (Pos(255), Pos(4), Pos(66)))


class Shelf:
    def __len__(self):
        return Pos(3)


print(len(Shelf()))
