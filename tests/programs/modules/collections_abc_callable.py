# unsupported: collections.abc.Callable line 4
from collections.abc import Callable

Handler = Callable[[int], str]
