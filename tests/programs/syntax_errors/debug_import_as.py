# Importing under the name __debug__ is refused
import math as __debug__
