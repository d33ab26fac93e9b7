# collections.UserString: a subclass's __getitem__ runs for each item of a loop; keyword arguments
from collections import UserString


class Noisy(UserString):
    def __getitem__(self, index):
        print("get", index)
        return super().__getitem__(index)


n = Noisy("ab")
for c in n:
    print(c)
print(n.maketrans("a", "b"), n.split(maxsplit=0), n.count("a", end=1), n.center(width=4))
print(UserString("x").__getnewargs__(), n.format_map({}))
print(UserString("a") in UserString("cab"), UserString(b"x"))
print(n.translate({97: "z"}), n.ljust(4, "-"))
