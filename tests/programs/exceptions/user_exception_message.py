# an exception of the program's own class shows its message and keeps its attributes
class NotFound(Exception):
    pass


class Missing(LookupError):
    def __init__(self, key):
        super().__init__(key)
        self.key = key


try:
    raise NotFound("no such page", 404)
except NotFound as err:
    print(err)
try:
    raise Missing("k")
except LookupError as err:
    print(err, err.key)
