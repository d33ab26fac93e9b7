# a decorator on a class receives the class object
def register(cls):
    cls.registered = True
    return cls

@register
class Plugin:
    pass

print(Plugin.registered)
