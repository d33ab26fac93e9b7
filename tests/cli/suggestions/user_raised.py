# an AttributeError the program raises has no name or object: no hint
class C:
    attribute = 1
raise AttributeError("attribut")
