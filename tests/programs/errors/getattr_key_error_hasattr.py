# a __getattr__ raising KeyError is no AttributeError: hasattr lets it through
class Table:
    def __init__(self):
        self.rows = {}

    def __getattr__(self, name):
        return self.rows[name]


t = Table()
print(hasattr(t, "rows"))
print(hasattr(t, "missing"))
