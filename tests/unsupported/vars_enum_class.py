# unsupported: namespace line 10
# an Enum's namespace holds what EnumType keeps of its members (_member_map_...), not modelled
import enum


class Color(enum.Enum):
    RED = 1


print(list(vars(Color)))
