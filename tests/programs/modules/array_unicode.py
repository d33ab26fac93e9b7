# a 'u' array holds characters: built from a str, read back with tounicode()
import array

u = array.array("u", "héllo")
print(u, len(u), u[1], u.itemsize)
u.append("!")
u.fromunicode("ab")
print(u.tounicode())
u[0] = "H"
print(u, u.tolist()[:3])
print(array.array("u"))
