# pprint of a class's namespace, a mappingproxy, breaks it as the dict it copies
import pprint


class Settings:
    volume = 7
    names = ["left", "right", "center", "surround"]


pprint.pprint(vars(Settings))
