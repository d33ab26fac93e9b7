# the famous easter egg: braces will never come
from __future__ import braces
