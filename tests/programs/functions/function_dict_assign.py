# assigning a function's __dict__ replaces all its attributes at once
def greet():
    return "hi"


greet.lang = "en"
greet.__dict__ = {"lang": "fr", "polite": True}
print(greet.lang, greet.polite, vars(greet))
