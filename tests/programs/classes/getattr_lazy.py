# __getattr__ answers a name the instance and its class do not have
class Lazy:
    def __getattr__(self, name):
        return name.upper()


print(Lazy().size)
