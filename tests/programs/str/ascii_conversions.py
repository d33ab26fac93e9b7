# ascii() and the !a conversion escape non-ASCII text; an all-ASCII __repr__ result is handed back as it is
class Word:
    def __init__(self, text):
        self.text = text

    def __repr__(self):
        return self.text


w = Word("caf" + "é")
v = Word("plain" + "text")
s = "é"
print(f"{s!a}", f"{[s]!a}", "%a" % (s,), "{!a}".format(s), ascii(s))
print(ascii(w), f"{w!a}", "%a" % w)
x = ascii(v)
y = f"{v!a}"
print(x is v.text, y is v.text, ascii(w) is w.text)
