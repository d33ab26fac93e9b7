# seek() to a negative position is a ValueError
import io

f = io.StringIO("abc")
f.seek(-1)
