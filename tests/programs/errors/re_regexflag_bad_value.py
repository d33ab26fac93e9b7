# re.RegexFlag called with a value that is not an int raises ValueError
import re

flag = re.RegexFlag("i")
