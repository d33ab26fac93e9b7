# io.StringIO(newline=...): its errors
import io

for value in [5, "x", "\n\n"]:
    try:
        io.StringIO("text", newline=value)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
io.StringIO(newline="\t")
