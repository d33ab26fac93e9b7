# a module's __name__ is one interned str, the same object as the literal with its name
import math
import collections

first = math.__name__
second = math.__name__
literal = "math"
other = collections.__name__
print(first is second, first is literal, other)
