# a dict subclass counting words: added methods, instance attributes, len, iteration
class WordCount(dict):
    def __init__(self, text):
        super().__init__()
        self.text = text
        for word in text.split():
            self.add(word)

    def add(self, word):
        self[word] = self.get(word, 0) + 1

    def most(self):
        return max(self, key=self.get)


wc = WordCount("a b a c a b")
print(wc, len(wc), wc.most(), wc.text)
for word in wc:
    print(word, wc[word])
print(isinstance(wc, dict), type(wc).__name__, wc == {"a": 3, "b": 2, "c": 1})
print(list(wc.items()), wc.keys(), dict(wc))
