# A subclass of str as dictionary keys and in sets, compared with plain strs, formatted
class Tag(str):
    def __init__(self, text):
        self.count = len(text)

    def wrap(self):
        return "<" + self + ">"


a = Tag("b")
bold = Tag("bold")
keys = {a: 1, "i": 2}
print(keys["b"], keys[Tag("i")], a in {"b"}, bold.wrap(), bold.count)
print(f"{bold:>6}|{bold!r}|{bold.upper()}", "%s-%r" % (bold, bold), "{0}".format(bold))
print(bold < "c", sorted([Tag("z"), "a", bold]), bold.split("l"), list(bold), bold[1:], bold * 0)
print(str(bold) == bold, type(str(bold)).__name__, bold.replace("b", "B"), len(bold), bold.find("l"))
s = bold
s += "er"
print(s, type(s).__name__, type(bold).__name__, bold, bold.count)
