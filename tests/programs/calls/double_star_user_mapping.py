# f(**m) with an object of a class: m.keys() gives the names, m[name] each value, in that order
class Settings:
    def __init__(self, pairs):
        self.pairs = pairs

    def keys(self):
        print("keys asked")
        return [name for name, _ in self.pairs]

    def __getitem__(self, name):
        for key, value in self.pairs:
            if key == name:
                return value
        raise KeyError(name)


def connect(host, port=80, **rest):
    return host + ":" + str(port) + " " + str(sorted(rest.items()))


print(connect(**Settings([("host", "example"), ("port", 8080)])))
print(connect("local", **Settings([("timeout", 5), ("retries", 2)])))


class NoKeys:
    def __getitem__(self, name):
        return 1


try:
    connect(**NoKeys())
except TypeError as e:
    print("TypeError:", e)
try:
    connect(port=1, **Settings([("port", 2)]))
except TypeError as e:
    print("TypeError:", e)
try:
    connect(**Settings([("host", "h"), (5, 6)]))
except TypeError as e:
    print("TypeError:", e)
try:
    connect(**Settings([("host", "a"), ("host", "b")]))
except TypeError as e:
    print("TypeError:", e)
