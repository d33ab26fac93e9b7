# A __future__ import binds the feature object itself: the diagram shows its repr, as print does
from __future__ import annotations, division, generator_stop
from __future__ import annotations as again
from __future__ import nested_scopes, generators, absolute_import
from __future__ import with_statement, print_function, unicode_literals

print(annotations)
print(repr(division), str(generator_stop))
print(again is annotations, type(annotations).__name__)
features = [nested_scopes, generators, absolute_import, with_statement, print_function,
            unicode_literals]
for feature in features:
    print(feature)
