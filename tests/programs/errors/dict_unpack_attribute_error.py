# {**m}: an AttributeError raised while reading the mapping becomes "is not a mapping"
class Broken:
    def keys(self):
        return ["a"]

    def __getitem__(self, key):
        return self.missing


print({**Broken()})
