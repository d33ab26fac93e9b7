# subtracting a naive datetime from an aware one is a TypeError
from datetime import datetime, timezone

start = datetime(2024, 1, 5, 9, 0)
end = datetime(2024, 1, 5, 17, 0, tzinfo=timezone.utc)
print(end - start)
