# An exception's __doc__ is its own class's: None for a subclass without a docstring
class AppError(Exception):
    "Something in the app failed."

class ConfigError(AppError):
    pass

class BadValue(ValueError):
    pass

print(AppError().__doc__)
print(ConfigError().__doc__, ConfigError.__doc__)
print(BadValue("x").__doc__)
try:
    raise ConfigError("missing key")
except AppError as e:
    print(type(e).__name__, e.__doc__)
