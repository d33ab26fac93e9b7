# pprint writes whole the objects it has no layout for (range, complex, None...), however narrow
import pprint


class Settings:
    volume = 7
    names = ["left", "right", "center", "surround", "front", "rear", "top", "bottom"]


print(pprint.pformat(vars(Settings)["names"], width=30))
pprint.pprint([Settings.volume, range(100), 3 + 4j, None, True, ...], width=10)
pprint.pprint(vars(Settings)["volume"], width=1)
