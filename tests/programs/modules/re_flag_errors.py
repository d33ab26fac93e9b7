# The errors re's flags raise: a value no flag has, a name no flag has, `in` with an int, setting a member
import re


def bad_value():
    return re.RegexFlag("x")


def bad_name():
    return re.RegexFlag["NOPE"]


def int_in_flag():
    return 3 in re.I


def add_str():
    return re.I + "a"


def no_attribute():
    return re.I.nope


for attempt in [bad_value, bad_name, int_in_flag, add_str, no_attribute]:
    try:
        print(attempt())
    except (ValueError, KeyError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    re.RegexFlag.I = 3
except AttributeError as e:
    print(e)
try:
    re.I.value = 3
except AttributeError as e:
    print(e)
