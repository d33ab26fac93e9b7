# collections.UserString: a subclass gets objects of itself back and its methods run
from collections import UserString
from collections.abc import Sequence


class Shout(UserString):
    def __init__(self, seq):
        super().__init__(seq)
        self.loud = True

    def upper(self):
        return "upper of " + self.data

    def __len__(self):
        return 100


word = Shout("hey")
print(word.upper(), len(word))
bigger = word + "!"
print(type(bigger).__name__, bigger.data, bigger.loud)
piece = word[1:]
print(type(piece).__name__, repr(piece), repr(word.capitalize()))
print(isinstance(word, Sequence), isinstance(word, UserString), isinstance(word, str))
