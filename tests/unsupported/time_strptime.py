# unsupported: strptime line 4
import time

parsed = time.strptime("2024-01-05", "%Y-%m-%d")
