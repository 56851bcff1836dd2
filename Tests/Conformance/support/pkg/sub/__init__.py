from ..core import core_value as cv
