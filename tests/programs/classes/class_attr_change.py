# changing a class attribute is seen by every instance that does not shadow it
class Settings:
    theme = "light"

a = Settings()
b = Settings()
b.theme = "blue"
Settings.theme = "dark"
print(a.theme, b.theme)
