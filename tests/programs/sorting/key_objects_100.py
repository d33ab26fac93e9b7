# list.sort(key=...) of 100 items: keys made once each, in order, then compared by their __lt__
class Key:
    made = 0
    calls = 0
    trail = 0

    def __init__(self, v):
        Key.made += 1
        self.v = v

    def __lt__(self, other):
        Key.calls += 1
        Key.trail = (Key.trail * 131 + self.v * 101 + other.v) % 1000003
        return self.v % 17 < other.v % 17


def make(word):
    return Key(len(word) * 10 + ord(word[0]) % 10)


words = ["w" * (1 + i % 9) + chr(97 + (i * 5) % 26) for i in range(100)]
words.sort(key=make)
print(Key.made, Key.calls, Key.trail)
print(words[:4])
