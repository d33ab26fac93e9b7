# the type of an Enum class is enum.EnumType (EnumMeta is the same class)
from enum import Enum, EnumMeta, EnumType


class Color(Enum):
    RED = 1


print(type(Color))
print(type(Color) is EnumType, EnumMeta is EnumType, isinstance(Color, EnumType))
print(isinstance(Color, type), issubclass(EnumType, type), Color.__class__)
kind = type(Color)
print(kind.__name__)
