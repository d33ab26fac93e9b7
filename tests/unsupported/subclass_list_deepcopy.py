# unsupported: copy.deepcopy line 9
import copy


class Stack(list):
    pass


c = copy.deepcopy(Stack([1, 2]))
