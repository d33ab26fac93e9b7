# importing a feature __future__ does not have is a SyntaxError
from __future__ import annotations, teleportation
