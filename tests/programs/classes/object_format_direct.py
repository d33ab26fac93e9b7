# object.__format__ with an empty spec is str() of the object
class Money:
    def __str__(self):
        return "12 EUR"


m = Money()
print(object.__format__(m, ""))
print(format(m))
try:
    object.__format__(m, ">10")
except TypeError as e:
    print(e)
