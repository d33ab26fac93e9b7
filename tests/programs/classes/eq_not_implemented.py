# __eq__ returning NotImplemented falls back to identity
class Token:
    def __init__(self, text):
        self.text = text

    def __eq__(self, other):
        if not isinstance(other, Token):
            return NotImplemented
        return self.text == other.text

t = Token("a")
print(t == Token("a"), t == "a", t != 5)
