# sys.stdout.write takes only a str
import sys

print(sys.stdout.write(""))
sys.stdout.write(42)
