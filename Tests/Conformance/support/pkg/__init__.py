from .core import core_value
PKG = "pkg"
