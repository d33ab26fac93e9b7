# unsupported: re.Scanner line 4
import re

scanner = re.Scanner([(r"(\d)+", lambda s, t: int(t))])
