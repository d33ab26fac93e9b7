# A Template of bytes: substitute() fails as re does, a str pattern on bytes
import string

t = string.Template(b"$who likes $what")
print(t.template)
try:
    t.substitute(who="tim", what="kung pao")
except TypeError as e:
    print("TypeError:", e)
try:
    t.safe_substitute()
except TypeError as e:
    print("TypeError:", e)
