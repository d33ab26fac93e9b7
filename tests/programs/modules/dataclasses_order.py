# @dataclass(order=True) compares instances as tuples of their fields
from dataclasses import dataclass


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0


versions = [Version(2, 1), Version(1, 5), Version(2, 0)]
versions.sort()
print(versions)
print(Version(1) < Version(1, 1), Version(3) >= Version(2, 9), max(versions))
try:
    Version(1) < 5
except TypeError as err:
    print(err)
