core_value = "core"
from . import sibling
