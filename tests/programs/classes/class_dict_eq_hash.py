# a class defining __eq__ gets __hash__ = None at the end of its namespace
class Money:
    def __eq__(self, other):
        return True


print(list(vars(Money)), vars(Money)["__hash__"])
