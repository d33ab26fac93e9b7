# unsupported: newline line 4
import io

f = io.StringIO("a\r\nb", newline="")
