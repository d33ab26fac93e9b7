# inside a function, closures over a comprehension's variable also see its final value
def make(words):
    getters = [lambda: word.upper() for word in words if word]
    return [g() for g in getters]


print(make(["red", "", "blue"]))
