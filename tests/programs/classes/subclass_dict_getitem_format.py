# a dict subclass's __getitem__ answers % formatting and format_map, not get() or **
class Loud(dict):
    def __getitem__(self, key):
        return super().__getitem__(key).upper()


d = Loud(name="ada", lang="py")
print("%(name)s writes %(lang)s" % d)
print("{name}!".format_map(d))
print(d["name"], d.get("name"), dict(d), {**d})
