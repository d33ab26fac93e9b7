# sin, cos, tan, the inverse functions, atan2, degrees and radians
import math
print(math.sin(math.pi / 6), math.cos(0), math.tan(math.pi / 4))
print(math.asin(1), math.acos(0.5), math.atan(1), math.atan2(1, -1))
print(math.degrees(math.pi), math.radians(180))
