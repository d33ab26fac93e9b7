# re.Scanner: its errors
import re

try:
    re.Scanner([(r"(", None)])
except re.error as e:
    print("re.error:", e)
scanner = re.Scanner([(r"\w", str.upper)])
try:
    scanner.scan("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    scanner.scan(5)
except TypeError as e:
    print("TypeError:", e)
try:
    re.Scanner([])
except RuntimeError as e:
    print("RuntimeError:", e)
re.Scanner()
