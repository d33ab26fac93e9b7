# yield from an object of a class: its __next__ gives the items, its StopIteration's value is the result, send() goes to its send method
class Countdown:
    def __init__(self, start):
        self.left = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.left == 0:
            raise StopIteration("liftoff")
        self.left -= 1
        return self.left

    def send(self, value):
        return value * 2


def launcher():
    result = yield from Countdown(3)
    print("result", result)


print(list(launcher()))

g = launcher()
print(next(g))
print(g.send(21))
print(next(g))


def first_word(word):
    if word == "stop":
        raise StopIteration("from map")
    return word.upper()


def shout(words):
    outcome = yield from map(first_word, words)
    print("outcome", outcome)


print(list(shout(["a", "b", "stop", "c"])))
