# features that change nothing in CPython 3.11 may still be imported, after the docstring
"""Each import binds the feature's name to a _Feature object."""
from __future__ import division, print_function
from __future__ import generator_stop as gs, absolute_import
from __future__ import with_statement, unicode_literals, nested_scopes, generators

print(7 / 2, type(gs).__name__, division is not gs)
