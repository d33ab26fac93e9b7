# a singleton made by __new__: every call gives the one instance, and __init__ runs each time
class Settings:
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self):
        print("init")


a = Settings()
b = Settings()
print(a is b)
