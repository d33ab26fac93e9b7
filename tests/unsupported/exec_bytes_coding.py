# unsupported: exec line 3
source = b"# -*- coding: latin-1 -*-\nprint('caf\xe9')\n"
exec(source)
