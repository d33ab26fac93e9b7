# pprint of a class's namespace (a mappingproxy) and of objects it cannot break: their repr whole
import pprint


class Settings:
    volume = 7
    names = ["left", "right", "center", "surround", "front", "rear", "top", "bottom"]


print(pprint.pformat(vars(Settings)["names"], width=30))
pprint.pprint([Settings.volume, range(100), 3 + 4j, None, True, ...], width=10)
pprint.pprint(vars(Settings)["volume"], width=1)
