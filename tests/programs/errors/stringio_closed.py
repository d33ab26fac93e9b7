# Writing to a closed StringIO is a ValueError
import io

f = io.StringIO()
f.write("saved")
f.close()
print(f.closed)
f.write("more")
