# unsupported: timezone line 2
from datetime import timezone
