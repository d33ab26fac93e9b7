# unsupported: __builtins__ line 6
import heapq
import random

print(random.__name__, heapq.__name__)
print(type(heapq.__builtins__).__name__)
