# writing to a class body's locals() makes (or removes) class attributes
class Settings:
    debug = False
    space = locals()
    for key in ("width", "height"):
        space[key] = len(key)
    del space["debug"]
    space["debug"] = True


print(Settings.width, Settings.height, Settings.debug)
