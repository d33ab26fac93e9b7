# unsupported: readlines(hint) line 5
import io

text = io.StringIO("one\ntwo\nthree\n")
print(text.readlines(5))
