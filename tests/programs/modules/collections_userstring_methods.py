# collections.UserString: the str methods, those giving text back as a UserString
from collections import UserString

s = UserString("  Hello, World  ")
stripped = s.strip()
print(type(stripped).__name__, repr(stripped))
print(stripped.upper(), stripped.lower(), stripped.swapcase(), stripped.title())
print(stripped.replace("l", "L", 2), stripped.replace(UserString("World"), "There"))
print(stripped.split(", "), stripped.split(), stripped.rsplit("o", 1))
print(stripped.find("o"), stripped.rfind(UserString("o")), stripped.count("l"), stripped.index("W"))
print(stripped.startswith("He"), stripped.endswith(("x", "ld")), stripped.isalpha())
print(stripped.center(17, "*"), stripped.ljust(14, "."), stripped.rjust(14), stripped.zfill(14))
print(stripped.partition(", "), UserString("a\nb").splitlines(True))
print(UserString("-").join(["a", "b"]), UserString("{}-{x}").format(1, x=2))
print(stripped.removeprefix("Hello"), stripped.removesuffix(UserString("World")))
print(UserString("abc").translate(UserString.maketrans("ab", "xy")), s.lstrip(" H"))
print(UserString("a\tb").expandtabs(4), UserString("hi").encode(), UserString("ß").casefold())
print(UserString("hello").count("l", 3), UserString("x1").isidentifier())
