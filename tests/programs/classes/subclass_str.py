# A subclass of str: methods return plain strs, the value is immutable, attributes live beside it
class Name(str):
    def shout(self):
        return self.upper() + "!"


n = Name("ada")
s = n.shout()
print(n, s, type(n).__name__, type(s).__name__, type(n.upper()).__name__)
print(n == "ada", "ada" == n, isinstance(n, str), len(n), n[0], type(n[0]).__name__)
print(repr(n), [n], n + "x", type(n + "x").__name__, n * 2)
print({n: 1}["ada"], n.startswith("a"), "-".join([n, n]), n is Name("ada"))
n.lang = "en"
print(n.lang, str(n), type(str(n)).__name__, f"<{n}>")
