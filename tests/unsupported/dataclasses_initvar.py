# unsupported: InitVar line 2
from dataclasses import InitVar
