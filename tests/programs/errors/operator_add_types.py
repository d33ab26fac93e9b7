# operator.add raises the same TypeError as +
import operator

operator.add(1, "a")
