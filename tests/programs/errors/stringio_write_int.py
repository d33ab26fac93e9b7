# StringIO.write takes a str only
import io

f = io.StringIO()
f.write(42)
